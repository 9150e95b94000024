package dev.kefu.bot.security.regression;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.SignedWebhooks;
import dev.kefu.bot.TestOrders;
import dev.kefu.bot.chat.StompShopper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Strict parsing of what comes in over HTTP and STOMP: the probe had {@code "text": 123}
 * accepted, text after the JSON body accepted, {@code quantity: 1.9} make a one-unit
 * case, {@code export?format=xml} return JSON lines, a 20 KB bearer token answered with
 * Tomcat's HTML page, a negative STOMP content-length read anyway, and a conversation id
 * that is no UUID answered with a generic error; and refund keys that only ended in a
 * case id were taken as that case's.
 */
@KefuIntegrationTest
class StrictJsonRegressionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String shopper;

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
		this.shopper = "strict-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void refusesANumberForTextAndTextAfterTheBody() {
		String messages = "/api/shopper/conversations/" + conversation() + "/messages";
		HttpApi.Response number = this.api.post(messages, "{\"clientMessageId\": \"n\", \"text\": 123}", auth());
		assertThat(number.status()).isEqualTo(400);
		assertThat(number.json().at("/detail").asText()).contains("'text'");
		HttpApi.Response trailing = this.api.post(messages, "{\"clientMessageId\": \"t\", \"text\": \"hi\"} extra",
				auth());
		assertThat(trailing.status()).isEqualTo(400);
		assertThat(trailing.isProblem()).isTrue();
	}

	@Test
	void refusesAFractionForAWholeNumberAndOpensNothing() {
		String order = TestOrders.delivered(this.jdbc, this.shopper, 2,
				new TestOrders.Line("STRICT-TEE", "Strict tee", "apparel", "59.00", 2));
		HttpApi.Response fraction = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1.9, "reason": "CHANGED_MIND"}
				""".formatted(order), auth());
		assertThat(fraction.status()).isEqualTo(400);
		assertThat(fraction.json().at("/detail").asText()).contains("quantity");
		HttpApi.Response quoted = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": "1", "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(order), auth());
		assertThat(quoted.status()).isEqualTo(400);
		assertThat(this.api.get("/api/shopper/returns", auth()).json().size()).isZero();
	}

	@Test
	void refusesUnknownPropertiesAndEnumValuesByName() {
		String messages = "/api/shopper/conversations/" + conversation() + "/messages";
		HttpApi.Response unknown = this.api.post(messages,
				"{\"clientMessageId\": \"u\", \"text\": \"hi\", \"admin\": true}", auth());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().at("/detail").asText()).contains("unknown field 'admin'");
		HttpApi.Response badEnum = this.api.post("/api/shopper/returns", """
				{"kind": "REFUND_ME", "orderId": "X1", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""", auth());
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.json().at("/detail").asText()).contains("'kind'").contains("REFUND_ME");
	}

	@Test
	void refusesAnUnknownOption() {
		HttpApi.Response xml = this.api.get("/api/ops/kb/export?format=xml", basic("ops", "kefu-ops-demo"));
		assertThat(xml.status()).isEqualTo(400);
		assertThat(xml.json().at("/detail").asText()).contains("format").contains("jsonl, csv");
	}

	@Test
	void answersAHugeBearerTokenWithAProblemNotAnHtmlPage() {
		HttpApi.Response huge = this.api.get("/api/shopper/returns", "Authorization", "Bearer " + "x".repeat(20_000));
		assertThat(huge.status()).isBetween(400, 499);
		assertThat(huge.contentType()).contains("application/problem+json");
		assertThat(huge.body()).doesNotContain("<html");
	}

	@Test
	void acceptsOnlyTheExactRefundKeyKefuSent() {
		String caseId = UUID.randomUUID().toString();
		for (String key : List.of("XXXXXXX" + caseId, "refund:" + caseId + "x", "Refund:" + caseId,
				"refund:1-1-1-1-1")) {
			String body = "{\"eventId\": \"k-%s\", \"idempotencyKey\": \"%s\", \"status\": \"SETTLED\"}"
				.formatted(UUID.randomUUID(), key);
			HttpApi.Response refused = this.api.post("/api/webhooks/payments", body, SignedWebhooks.demoShop(body));
			assertThat(refused.status()).as(key).isEqualTo(400);
			assertThat(refused.json().at("/detail").asText()).contains("refund:<case id");
		}
		String body = "{\"eventId\": \"k-%s\", \"idempotencyKey\": \"refund:%s\", \"status\": \"SETTLED\"}"
			.formatted(UUID.randomUUID(), caseId);
		assertThat(this.api.post("/api/webhooks/payments", body, SignedWebhooks.demoShop(body)).status())
			.as("the exact form names a case (none here)")
			.isEqualTo(404);
	}

	@Test
	void refusesAStompFrameWithANegativeContentLength() throws Exception {
		List<String> frames = new CopyOnWriteArrayList<>();
		WebSocketSession raw = rawChatSocket(frames);
		raw.sendMessage(new TextMessage("SEND\ndestination:/app/conversations/" + conversation()
				+ "/messages\ncontent-length:-5\n\n{\"clientMessageId\":\"x\",\"text\":\"hi\"}\0"));
		await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream().anyMatch((f) -> f.startsWith("ERROR")));
		assertThat(frames).anySatisfy((f) -> assertThat(f).contains("content-length"));
	}

	@Test
	void answersAConversationIdThatIsNoUuidWithAClearErrorFrame() throws Exception {
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send("not-a-uuid", "c1", "hi");
			await().atMost(Duration.ofSeconds(5)).until(() -> !socket.errors.isEmpty());
			assertThat(socket.errors.get(0).get("code")).isEqualTo("INVALID");
			assertThat(String.valueOf(socket.errors.get(0).get("detail"))).contains("UUID");
		}
	}

	private WebSocketSession rawChatSocket(List<String> frames) throws Exception {
		WebSocketSession raw = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) {
				frames.add(message.getPayload());
			}
		}, "ws://localhost:" + this.port + "/ws/chat?access_token=" + ShopperTokens.demoShopper(this.shopper))
			.get(5, TimeUnit.SECONDS);
		raw.sendMessage(new TextMessage("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0"));
		await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream().anyMatch((f) -> f.startsWith("CONNECTED")));
		return raw;
	}

	private String conversation() {
		return this.api.post("/api/shopper/conversations", "{}", auth()).json().at("/id").asText();
	}

	private String[] auth() {
		return bearer(ShopperTokens.demoShopper(this.shopper));
	}

}
