package dev.kefu.bot.shops;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.chat.StompShopper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop words the bot's sentences its own way: listed with the bundles' words,
 * previewed, saved with the settings, said in that shop's chats only, and refused naming
 * the field when the bot could not say it.
 */
@KefuIntegrationTest
class ShopSentencesIntegrationTests {

	private static final String[] HOME_ADMIN = basic("home-admin", "kefu-home-admin-demo");

	private static final String OWN_THANKS = "不客气，悦居家品随时为您服务！";

	@LocalServerPort
	int port;

	@Test
	void listsEverySentenceWithTheBundlesWordsItsPartsAndWhetherItIsFixed() {
		JsonNode sentences = new HttpApi(this.port).get("/api/ops/shops/home-shop/sentences", HOME_ADMIN).json();
		assertThat(sentences.size()).isGreaterThan(150);
		JsonNode thanks = find(sentences, "thanks");
		assertThat(thanks.at("/defaults/zh-Hans").asText()).isEqualTo("不客气！还有其他问题随时问我。");
		assertThat(thanks.at("/defaults/zh-Hant").asText()).isEqualTo("不客氣！還有其他問題隨時問我。");
		assertThat(thanks.at("/defaults/en").asText()).isEqualTo("You're welcome! Ask me anything else any time.");
		assertThat(thanks.at("/fixed").asBoolean()).isFalse();
		assertThat(find(sentences, "order.not-found").at("/parameters").toString()).isEqualTo("[0]");
		assertThat(find(sentences, "legal.rejected-automated").at("/fixed").asBoolean()).isTrue();
		assertThat(new HttpApi(this.port).get("/api/ops/shops/demo-shop/sentences", HOME_ADMIN).status())
			.as("another shop's")
			.isEqualTo(404);
	}

	@Test
	void previewsASentenceWithSampleParts() {
		HttpApi api = new HttpApi(this.port);
		HttpApi.Response preview = api.post("/api/ops/shops/home-shop/sentences/preview",
				"""
						{"key": "order.not-found", "language": "zh-Hant", "own": {"zhHans": "查不到订单 {0}。"}, "parts": ["A123"]}""",
				HOME_ADMIN);
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().at("/text").asText()).isEqualTo("查不到訂單 A123。");
		HttpApi.Response plural = api.post("/api/ops/shops/home-shop/sentences/preview", """
				{"key": "handoff.connecting", "language": "en", "parts": ["1"]}""", HOME_ADMIN);
		assertThat(plural.json().at("/text").asText()).contains("about 1 minute.");
		HttpApi.Response wrongPart = api.post("/api/ops/shops/home-shop/sentences/preview", """
				{"key": "thanks", "language": "en", "own": {"en": "Thanks {1}"}}""", HOME_ADMIN);
		assertThat(wrongPart.status()).isEqualTo(400);
		assertThat(wrongPart.json().at("/errors").findValuesAsText("field")).containsExactly("sentences.thanks.en");
	}

	@Test
	void theShopsOwnWordingIsWhatTheBotSaysInItsChatsOnly() throws Exception {
		HttpApi api = new HttpApi(this.port);
		JsonNode current = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
		ObjectNode settings = (ObjectNode) current.at("/settings").deepCopy();
		settings.putObject("sentences")
			.putObject("thanks")
			.put("zhHans", OWN_THANKS)
			.put("zhHant", "")
			.put("en", "You're welcome, from Yuet Home!");
		try {
			assertThat(api
				.put("/api/ops/shops/home-shop/settings", edit(current.at("/version").asInt(), settings), HOME_ADMIN)
				.status()).isEqualTo(200);
			assertThat(api.post("/api/ops/shops/home-shop/sentences/preview", """
					{"key": "thanks", "language": "zh-Hant"}""", HOME_ADMIN).json().at("/text").asText())
				.as("the saved wording previewed")
				.isEqualTo("不客氣，悅居家品隨時為您服務！");
			assertThat(said(ShopperTokens.homeShopper("words-" + System.nanoTime()), "谢谢")).isEqualTo(OWN_THANKS);
			assertThat(said(ShopperTokens.homeShopper("words-" + System.nanoTime()), "謝謝您"))
				.as("Traditional converted from the shop's Simplified")
				.isEqualTo("不客氣，悅居家品隨時為您服務！");
			assertThat(said(ShopperTokens.homeShopper("words-" + System.nanoTime()), "thanks"))
				.isEqualTo("You're welcome, from Yuet Home!");
			assertThat(said(ShopperTokens.demoShopper("words-" + System.nanoTime()), "谢谢"))
				.as("another shop keeps the bundle's words")
				.isEqualTo("不客气！还有其他问题随时问我。");

			JsonNode saved = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
			ObjectNode invalid = (ObjectNode) saved.at("/settings").deepCopy();
			ObjectNode sentences = (ObjectNode) invalid.get("sentences");
			sentences.putObject("thanks").put("zhHans", "谢谢 {3}").put("en", "x".repeat(501));
			sentences.putObject("no.such.sentence").put("en", "Hello");
			sentences.putObject("legal.rejected-automated").put("en", "Sorry, no.");
			HttpApi.Response refused = api.put("/api/ops/shops/home-shop/settings",
					edit(saved.at("/version").asInt(), invalid), HOME_ADMIN);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder(
					"sentences.thanks.zh-Hans", "sentences.thanks.en", "sentences.no.such.sentence",
					"sentences.legal.rejected-automated");
			assertThat(api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json().at("/version").asInt())
				.as("nothing saved")
				.isEqualTo(saved.at("/version").asInt());
			assertThat(said(ShopperTokens.homeShopper("words-" + System.nanoTime()), "谢谢")).isEqualTo(OWN_THANKS);
		}
		finally {
			JsonNode latest = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
			ObjectNode restored = (ObjectNode) latest.at("/settings").deepCopy();
			restored.putObject("sentences");
			api.put("/api/ops/shops/home-shop/settings", edit(latest.at("/version").asInt(), restored), HOME_ADMIN);
		}
		assertThat(said(ShopperTokens.homeShopper("words-" + System.nanoTime()), "谢谢")).isEqualTo("不客气！还有其他问题随时问我。");
	}

	/** What the bot answers a new conversation's first message, over the WebSocket. */
	private String said(String token, String text) throws Exception {
		HttpApi api = new HttpApi(this.port);
		String conversation = api.post("/api/shopper/conversations", "{}", bearer(token)).json().at("/id").asText();
		try (StompShopper socket = StompShopper.connectWithToken(this.port, token)) {
			socket.send(conversation, "w-1", text);
			await().atMost(Duration.ofSeconds(10)).until(() -> socket.messages.size() >= 2);
			List<Map<String, Object>> bot = socket.messages.stream()
				.filter((m) -> "BOT".equals(m.get("sender")))
				.toList();
			assertThat(bot).isNotEmpty();
			return (String) bot.get(0).get("text");
		}
	}

	private static JsonNode find(JsonNode sentences, String key) {
		for (JsonNode sentence : sentences) {
			if (sentence.at("/key").asText().equals(key)) {
				return sentence;
			}
		}
		throw new AssertionError("no sentence " + key);
	}

	private static String edit(int version, JsonNode settings) {
		ObjectNode edit = new ObjectMapper().createObjectNode();
		edit.put("basedOnVersion", version);
		edit.set("settings", settings);
		edit.put("note", "the bot's words");
		return edit.toString();
	}

}
