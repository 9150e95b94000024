package dev.kefu.bot.security.regression;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.SignedWebhooks;
import dev.kefu.bot.chat.StompShopper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One input policy for every text that comes in: NUL gave a 500 on ten endpoints
 * (PostgreSQL refuses it), other control characters and lone surrogates were stored, and
 * the invalid UTF-8 {@code C0 AF} was decoded to "/" and stored. Each is now a 400
 * problem over HTTP and an error frame with a code over STOMP, and nothing is stored.
 */
@KefuIntegrationTest
class InputPolicyRegressionTests {

	private static final String NUL = "\\u0000";

	private static final String WEBHOOK = "signed webhook";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
	}

	static Stream<Arguments> endpointsTakingText() {
		String shopper = bearer(ShopperTokens.demoShopper("input-policy"))[1];
		String agent = basicHeader("agent", "kefu-agent-demo");
		String ops = basicHeader("ops", "kefu-ops-demo");
		String escalation = UUID.randomUUID().toString();
		return Stream.of(
				Arguments.of("shopper message", "/api/shopper/conversations/" + UUID.randomUUID() + "/messages",
						"{\"clientMessageId\": \"c1\", \"text\": \"hi" + NUL + "\"}", shopper),
				Arguments.of("agent message", "/api/agent/escalations/" + escalation + "/messages",
						"{\"clientMessageId\": \"a1\", \"text\": \"hi" + NUL + "\"}", agent),
				Arguments.of("note", "/api/agent/escalations/" + escalation + "/notes",
						"{\"text\": \"note" + NUL + "\"}", agent),
				Arguments.of("knowledge-base entry", "/api/ops/kb/entries",
						"{\"id\": \"nul-entry\", \"question\": \"q" + NUL
								+ "\", \"answer\": \"a\", \"language\": \"en\", \"category\": \"x\"}",
						ops),
				Arguments.of("synonyms", "/api/ops/kb/synonyms", "{\"terms\": [\"a" + NUL + "\", \"b\"]}", ops),
				Arguments.of("regression case", "/api/ops/kb/regression/cases",
						"{\"question\": \"q" + NUL + "\", \"expectedEntryId\": null}", ops),
				Arguments.of("privacy export", "/api/ops/privacy/exports",
						"{\"shopId\": \"demo-shop\", \"shopperId\": \"x" + NUL + "\"}", ops),
				Arguments.of("tracking webhook", "/api/webhooks/logistics",
						"{\"eventId\": \"e" + NUL + "\", \"trackingNumber\": \"T1\", \"event\": \"PICKED_UP\"}",
						WEBHOOK),
				Arguments.of("refund webhook", "/api/webhooks/payments",
						"{\"eventId\": \"e" + NUL + "\", \"idempotencyKey\": \"k\", \"status\": \"SETTLED\"}", WEBHOOK),
				Arguments.of("try a question", "/api/ops/kb/try", "{\"question\": \"q" + NUL + "\"}", ops));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpointsTakingText")
	void refusesNulWithAProblemNotAServerError(String what, String path, String body, String authorization) {
		HttpApi.Response response = post(path, body, authorization);
		assertThat(response.status()).as(what).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().at("/detail").asText()).contains("U+0000");
	}

	@Test
	void refusesOtherControlCharactersAndLoneSurrogatesButKeepsTabsAndNewlines() {
		String conversation = conversation();
		String path = "/api/shopper/conversations/" + conversation + "/messages";
		String shopper = bearer(ShopperTokens.demoShopper("input-policy"))[1];
		assertThat(post(path, "{\"clientMessageId\": \"b1\", \"text\": \"bell\\u0007\"}", shopper).status())
			.isEqualTo(400);
		assertThat(post(path, "{\"clientMessageId\": \"s1\", \"text\": \"half \\ud83d pair\"}", shopper).status())
			.isEqualTo(400);
		assertThat(stored(conversation)).isZero();
		assertThat(post(path, "{\"clientMessageId\": \"t1\", \"text\": \"two\\tlines\\nof text\"}", shopper).status())
			.isEqualTo(200);
		assertThat(post(path, "{\"clientMessageId\": \"e1\", \"text\": \"emoji 😀 ok\"}", shopper).status())
			.isEqualTo(200);
	}

	@Test
	void refusesInvalidUtf8InsteadOfDecodingItToSomethingElse() throws Exception {
		String conversation = conversation();
		byte[] prefix = "{\"clientMessageId\": \"u1\", \"text\": \"a".getBytes(StandardCharsets.UTF_8);
		byte[] suffix = "b\"}".getBytes(StandardCharsets.UTF_8);
		byte[] body = ByteBuffer.allocate(prefix.length + 2 + suffix.length)
			.put(prefix)
			.put((byte) 0xC0)
			.put((byte) 0xAF)
			.put(suffix)
			.array();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(
						"http://localhost:" + this.port + "/api/shopper/conversations/" + conversation + "/messages"))
				.header("Authorization", bearer(ShopperTokens.demoShopper("input-policy"))[1])
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not valid UTF-8");
		assertThat(stored(conversation)).isZero();
	}

	@Test
	void refusesNulInAQueryParameter() {
		HttpApi.Response response = this.api.get("/api/ops/kb/entries?q=a%00b", basic("ops", "kefu-ops-demo"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void answersNulAndInvalidUtf8OverStompWithAnErrorFrameAndStoresNothing() throws Exception {
		String conversation = conversation();
		try (StompShopper socket = StompShopper.connect(this.port, "input-policy")) {
			socket.send(conversation, "n1", "nul \u0000 here");
			await().atMost(Duration.ofSeconds(5)).until(() -> !socket.errors.isEmpty());
			assertThat(socket.errors.get(0).get("code")).isEqualTo("INVALID_TEXT");
		}
		List<String> frames = new CopyOnWriteArrayList<>();
		WebSocketSession raw = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) {
				frames.add(message.getPayload());
			}
		}, "ws://localhost:" + this.port + "/ws/chat?access_token=" + ShopperTokens.demoShopper("input-policy"))
			.get(5, TimeUnit.SECONDS);
		raw.sendMessage(new TextMessage("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0"));
		raw.sendMessage(new TextMessage("SUBSCRIBE\nid:e\ndestination:/user/queue/errors\n\n\0"));
		await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream().anyMatch((f) -> f.startsWith("CONNECTED")));
		byte[] head = ("SEND\ndestination:/app/conversations/" + conversation
				+ "/messages\ncontent-type:application/json\n\n{\"clientMessageId\": \"u2\", \"text\": \"a")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "b\"}\0".getBytes(StandardCharsets.UTF_8);
		raw.sendMessage(new BinaryMessage(ByteBuffer.allocate(head.length + 2 + tail.length)
			.put(head)
			.put((byte) 0xC0)
			.put((byte) 0xAF)
			.put(tail)
			.flip()));
		await().atMost(Duration.ofSeconds(5)).until(() -> frames.stream().anyMatch((f) -> f.contains("INVALID_TEXT")));
		raw.close();
		assertThat(stored(conversation)).isZero();
	}

	private HttpApi.Response post(String path, String body, String authorization) {
		return WEBHOOK.equals(authorization) ? this.api.post(path, body, SignedWebhooks.demoShop(body))
				: this.api.post(path, body, "Authorization", authorization);
	}

	private String conversation() {
		return this.api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper("input-policy")))
			.json()
			.at("/id")
			.asText();
	}

	private long stored(String conversation) {
		return this.jdbc.sql("select count(*) from messages where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single();
	}

	private static String basicHeader(String username, String password) {
		return basic(username, password)[1];
	}

}
