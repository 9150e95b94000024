package dev.kefu.bot.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentRulesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			你好               | GREETING
			在嗎？             | GREETING
			Hello!             | GREETING
			谢谢               | THANKS
			thank you so much  | THANKS
			拜拜               | GOODBYE
			转人工             | HUMAN
			我要找真人客服     | HUMAN
			can I talk to a person please | HUMAN
			我的快递到哪了     | ORDER_STATUS
			我的包裹到哪裡了   | ORDER_STATUS
			where is my parcel | ORDER_STATUS
			谢谢，退款多久到账 | FAQ
			hello, how long does a refund take | FAQ
			？？？             | NOT_UNDERSTOOD
			""")
	void classifiesTurnsInBothScriptsAndEnglish(String text, Intent expected) {
		assertThat(IntentRules.classify(text)).isEqualTo(expected);
	}

}
