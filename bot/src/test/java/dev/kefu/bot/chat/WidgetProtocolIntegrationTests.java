package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.shops.Shops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What makes the widget feel alive, over the real protocol: the shop's greeting with
 * quick starts in the widget's language, and typing frames while the bot writes.
 */
@KefuIntegrationTest
class WidgetProtocolIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	JdbcClient jdbc;

	@Test
	void greetsInTheWidgetsLanguageWithQuickStartsAndStoresNothing() {
		HttpApi api = new HttpApi(this.port);
		String shopper = "greet-" + UUID.randomUUID().toString().substring(0, 8);
		long before = this.jdbc.sql("select count(*) from messages").query(Long.class).single();
		for (String language : List.of("zh-Hans", "zh-Hant", "en")) {
			HttpApi.Response response = api.get("/api/shopper/greeting?language=" + language,
					bearer(ShopperTokens.demoShopper(shopper)));
			assertThat(response.status()).isEqualTo(200);
			JsonNode greeting = response.json();
			String own = this.shops.of("demo-shop").greeting().in(language);
			if (!own.isBlank()) {
				assertThat(greeting.at("/text").asText()).isEqualTo(own);
			}
			assertThat(greeting.at("/text").asText()).isNotBlank();
			List<String> labels = greeting.at("/quickStarts").findValuesAsText("label");
			assertThat(labels).hasSizeGreaterThanOrEqualTo(3).contains(switch (language) {
				case "zh-Hant" -> "轉人工";
				case "en" -> "Talk to a person";
				default -> "转人工";
			});
		}
		assertThat(this.jdbc.sql("select count(*) from messages").query(Long.class).single())
			.as("the greeting is the widget's; it moves no conversation's numbering")
			.isEqualTo(before);
		assertThat(api.get("/api/shopper/greeting").status()).as("shoppers only").isEqualTo(401);
	}

	@Test
	void saysTheBotIsTypingFromTheAcknowledgementToTheAnswer() throws Exception {
		HttpApi api = new HttpApi(this.port);
		String shopper = "typing-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			List<Map<String, Object>> typing = socket.typing;
			socket.send(conversation, "t-1", "你好");
			await().atMost(Duration.ofSeconds(10)).until(() -> typing.size() >= 2);
			assertThat(typing.get(0)).containsEntry("conversationId", conversation)
				.containsEntry("sender", "BOT")
				.containsEntry("typing", true);
			assertThat(typing.get(1)).containsEntry("typing", false);
			assertThat(socket.errors).isEmpty();
		}
	}

}
