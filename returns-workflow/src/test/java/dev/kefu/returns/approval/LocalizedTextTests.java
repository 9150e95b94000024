package dev.kefu.returns.approval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	@Test
	void joinsTwoReasonsIntoOneSentenceWithoutAFullStopBeforeTheSemicolon() {
		LocalizedText joined = new LocalizedText("客服会尽快审核（通常 48 小时内完成）。", "An agent checks it.")
			.join(new LocalizedText("照片已用于其他申请。", "The photo was used before.", "照片已用於其他申請。"));
		assertThat(joined.zh()).isEqualTo("客服会尽快审核（通常 48 小时内完成）；照片已用于其他申请。");
		assertThat(joined.zhHant()).isEqualTo("客服会尽快审核（通常 48 小时内完成）；照片已用於其他申請。");
		assertThat(joined.en()).isEqualTo("An agent checks it. The photo was used before.");
	}

}
