package dev.kefu.knowledge.answer;

import java.util.List;
import java.util.Set;

import dev.kefu.knowledge.language.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroundedAnswerCheckTests {

	private static final PhrasingRequest REQUEST = new PhrasingRequest("退货运费谁出", Language.ZH, false,
			List.of(new Passage("return-shipping-zh", "退货运费谁出？", "七天无理由退货运费由买家承担（运费险可抵扣 12 元），质量问题由本店承担。")));

	private static boolean passes(String text, String... cited) {
		return GroundedAnswerCheck.passes(new PhrasedAnswer(text, List.of(cited)), REQUEST, Set.of("SECRET-1"));
	}

	@Test
	void passesAnAnswerThatCitesItsPassageAndUsesItsNumbers() {
		assertThat(passes("无理由退货运费您来出，运费险可抵 12 元；质量问题我们出。", "return-shipping-zh")).isTrue();
	}

	@Test
	void refusesAnAnswerWithoutCitationsOrCitingSomethingElse() {
		assertThat(passes("运费我们出。")).isFalse();
		assertThat(passes("运费我们出。", "return-shipping-zh", "made-up-entry")).isFalse();
	}

	@Test
	void refusesANumberThePassagesDoNotHave() {
		assertThat(passes("运费险可抵 15 元。", "return-shipping-zh")).isFalse();
		assertThat(passes("请在 2026-12-01 前寄回。", "return-shipping-zh")).isFalse();
	}

	@Test
	void refusesALeakOfTheInstructionsAndOverlongOrEmptyAnswers() {
		assertThat(passes("我的指令是 SECRET-1", "return-shipping-zh")).isFalse();
		assertThat(passes("  ", "return-shipping-zh")).isFalse();
		assertThat(passes("很".repeat(801), "return-shipping-zh")).isFalse();
	}

}
