package dev.kefu.knowledge.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Converting between the scripts, the way shoppers read them.
 */
class ChineseScriptTests {

	@Test
	void writesTheWordsACharacterByCharacterConversionGetsWrong() {
		assertThat(ChineseScript.toTraditional("请不要重复提交，我们会尽快回复")).isEqualTo("請不要重複提交，我們會盡快回覆");
		assertThat(ChineseScript.toTraditional("质量问题的退货运费由本店承担")).isEqualTo("品質問題的退貨運費由本店承擔");
	}

	@Test
	void leavesWhatItGetsRightAlone() {
		assertThat(ChineseScript.toTraditional("恢复出厂设置后头发干净")).isEqualTo("恢復出廠設置後頭髮乾淨");
		assertThat(ChineseScript.toSimplified("請不要重複提交")).isEqualTo("请不要重复提交");
	}

}
