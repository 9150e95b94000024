package dev.kefu.bot.chat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the bot has helped and the shopper thanks it, the bot asks for a 1–5 rating and
 * stores the answer, once.
 */
@KefuIntegrationTest
class SatisfactionRatingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String[] shopper;

	String conversation;

	@BeforeEach
	void startConversation() {
		this.api = new HttpApi(this.port);
		this.shopper = bearer(ShopperTokens.demoShopper("rating-" + UUID.randomUUID().toString().substring(0, 8)));
		this.conversation = this.api.post("/api/shopper/conversations", "{}", this.shopper).json().at("/id").asText();
	}

	@Test
	void asksForARatingAfterHelpingAndStoresTheAnswerOnce() {
		say("退款多久到账");
		JsonNode thanks = say("谢谢");
		assertThat(thanks.at("/replies")).hasSize(2);
		assertThat(thanks.at("/replies/1/quickReplies").findValuesAsText("value")).containsExactly("5", "4", "3", "2",
				"1");

		JsonNode rated = say("4");
		assertThat(rated.at("/replies/0/text").asText()).contains("感谢您的评价");
		assertThat(storedScore()).isEqualTo(4);

		JsonNode thanksAgain = say("谢谢");
		assertThat(thanksAgain.at("/replies")).hasSize(1);
		assertThat(say("5").at("/replies/0/text").asText()).doesNotContain("感谢您的评价");
		assertThat(storedScore()).isEqualTo(4);
	}

	@Test
	void doesNotAskBeforeTheBotHasHelped() {
		assertThat(say("thanks").at("/replies")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from conversation_ratings where conversation_id = ?")
			.param(UUID.fromString(this.conversation))
			.query(Long.class)
			.single()).isZero();
	}

	private JsonNode say(String text) {
		HttpApi.Response response = this.api.post("/api/shopper/conversations/" + this.conversation + "/messages",
				"{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}", this.shopper);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private int storedScore() {
		return this.jdbc.sql("select score from conversation_ratings where conversation_id = ?")
			.param(UUID.fromString(this.conversation))
			.query(Integer.class)
			.single();
	}

}
