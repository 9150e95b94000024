package dev.kefu.bot.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests for a person, and the words that only look like one.
 */
class PersonRequestTests {

	@ParameterizedTest
	@ValueSource(strings = { "转人工", "我要真人客服", "有冇真人呀", "轉人工謝謝", "human please", "let me talk to a person",
			"get me an agent" })
	void findsARequestForAPerson(String text) {
		assertThat(PersonRequest.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "有真人模特图吗", "这顶假发是真人发吗", "有冇真人試穿相", "human hair or synthetic?", "真人秀同款有吗" })
	void leavesARealPersonInThePhotosOrTheGoodsAlone(String text) {
		assertThat(PersonRequest.in(text)).isFalse();
	}

}
