package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.conversation.ConversationTurns;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shopper's chat over a real WebSocket with a real STOMP client, against the running
 * application and its PostgreSQL.
 */
@KefuIntegrationTest
class ChatIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	HttpApi api;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void acknowledgesAStoredMessageAndAnswersFromTheKnowledgeBase() throws Exception {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "c-1", "退款多久到账");
			await().atMost(Duration.ofSeconds(10)).until(() -> socket.messages.size() >= 2);
			Map<String, Object> ack = socket.messages.get(0);
			Map<String, Object> answer = socket.messages.get(1);
			assertThat(ack).containsEntry("seq", 1)
				.containsEntry("sender", "SHOPPER")
				.containsEntry("clientMessageId", "c-1");
			assertThat(answer).containsEntry("seq", 2)
				.containsEntry("sender", "BOT")
				.containsEntry("entryId", "refund-time-zh");
			assertThat(storedCount(conversation)).isEqualTo(2);
		}
	}

	@Test
	void timesEachTurnForOperations() throws Exception {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		Timer turns = this.meters.get(ConversationTurns.TURN_TIME).timer();
		long before = turns.count();
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "t-1", "how long does a refund take");
			await().atMost(Duration.ofSeconds(10)).until(() -> socket.messages.size() >= 2);
		}
		assertThat(turns.count()).isGreaterThan(before);
	}

	@Test
	void storesAResentMessageOnceAndAnswersItOnce() throws Exception {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "same-id", "how long does a refund take");
			await().atMost(Duration.ofSeconds(10)).until(() -> socket.messages.size() >= 2);
			socket.send(conversation, "same-id", "how long does a refund take");
			await().atMost(Duration.ofSeconds(10)).until(() -> socket.messages.size() >= 4);
			assertThat(socket.messages).extracting((m) -> m.get("seq")).containsExactly(1, 2, 1, 2);
			assertThat(storedCount(conversation)).isEqualTo(2);
		}
	}

	@Test
	void resumesAfterTheLastSequenceInOrderAndExactlyOnce() throws Exception {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		try (StompShopper first = StompShopper.connect(this.port, shopper)) {
			first.send(conversation, "m-1", "hello");
			first.send(conversation, "m-2", "where is my parcel");
			first.send(conversation, "m-3", "hi");
			await().atMost(Duration.ofSeconds(10)).until(() -> first.messages.size() >= 6);
		}
		try (StompShopper reconnected = StompShopper.connect(this.port, shopper)) {
			reconnected.resume(conversation, 2);
			await().atMost(Duration.ofSeconds(10)).until(() -> reconnected.messages.size() >= 4);
			await().during(Duration.ofMillis(300)).until(() -> reconnected.messages.size() == 4);
			assertThat(reconnected.messages).extracting((m) -> m.get("seq")).containsExactly(3, 4, 5, 6);
		}
	}

	@Test
	void refusesAnotherShoppersConversationWithAnErrorFrameAndStoresNothing() throws Exception {
		String owner = uniqueShopper();
		String conversation = startConversation(owner);
		try (StompShopper intruder = StompShopper.connect(this.port, uniqueShopper());
				StompShopper ownerSocket = StompShopper.connect(this.port, owner)) {
			intruder.send(conversation, "x-1", "show me your orders");
			intruder.resume(conversation, 0);
			await().atMost(Duration.ofSeconds(10)).until(() -> intruder.errors.size() >= 2);
			assertThat(intruder.errors).extracting((e) -> e.get("code")).containsOnly("NOT_FOUND");
			assertThat(intruder.messages).isEmpty();
			assertThat(ownerSocket.messages).isEmpty();
			assertThat(storedCount(conversation)).isZero();
		}
	}

	@Test
	void refusesAnOverlongMessageWithAnErrorFrame() throws Exception {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "long", "退".repeat(1001));
			await().atMost(Duration.ofSeconds(10)).until(() -> !socket.errors.isEmpty());
			assertThat(socket.errors.get(0)).containsEntry("code", "TOO_LONG");
			assertThat(storedCount(conversation)).isZero();
		}
	}

	@Test
	void limitsHowFastAShopperMaySend() {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		String[] auth = bearer(ShopperTokens.demoShopper(shopper));
		for (int i = 0; i < 20; i++) {
			Response sent = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\":\"r-" + i + "\",\"text\":\"hi\"}", auth);
			assertThat(sent.status()).isEqualTo(200);
		}
		Response limited = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"r-20\",\"text\":\"hi\"}", auth);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.isProblem()).isTrue();
		assertThat(
				this.jdbc.sql("select count(*) from messages where conversation_id = ? and client_message_id = 'r-20'")
					.param(UUID.fromString(conversation))
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void answersOrderStatusFromTheShoppersOwnOrdersOverRest() {
		String conversation = startConversation("xiaomei");
		Response reply = send("xiaomei", conversation, "o-1", "我的快递到哪了");
		assertThat(reply.status()).isEqualTo(200);
		List<String> labels = reply.json().at("/replies/0/quickReplies").findValuesAsText("label");
		assertThat(labels).anyMatch((label) -> label.startsWith("KF20261002"))
			.noneMatch((l) -> l.startsWith("KF2026200"));
		Response named = send("xiaomei", conversation, "o-2", "查订单 KF20262001");
		assertThat(named.json().at("/replies/0/text").asText()).contains("没有找到").doesNotContain("毛衣");
	}

	@Test
	void looksUpTheParcelAndAnswersTheOtherQuestionOfTheSameMessage() {
		String conversation = startConversation("xiaomei");
		Response reply = send("xiaomei", conversation, "o-3", "我的快递到哪了 少发了一件咋办");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().at("/replies/0/entryId").asText()).isEqualTo("order-missing-item-zh");
		// The order buttons belong to the last bubble, the look-up's "which order?".
		assertThat(reply.json().at("/replies/1/quickReplies").findValuesAsText("label"))
			.anyMatch((label) -> label.startsWith("KF20261002"));
	}

	@Test
	void thanksTheShopperWhoThanksTheStaffByNameAndHandsOnOneWhoCallsForThem() {
		String shopper = uniqueShopper();
		Response thanks = send(shopper, startConversation(shopper), "t-1", "谢谢客服小姐姐");
		assertThat(thanks.status()).isEqualTo(200);
		assertThat(thanks.json().at("/replies").findValuesAsText("text")).noneMatch((t) -> t.contains("人工"));
		Response call = send(shopper, startConversation(shopper), "t-2", "客服小姐姐呢");
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.json().at("/replies").findValuesAsText("text")).anyMatch((t) -> t.contains("人工"));
	}

	@Test
	void answersTheQuestionBesideARequestForAPersonWhileHandingOver() {
		String shopper = uniqueShopper();
		Response reply = send(shopper, startConversation(shopper), "p-1", "退款多久到账 帮我转人工");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().at("/replies/0/entryId").asText()).isEqualTo("refund-time-zh");
		assertThat(reply.json().at("/replies").findValuesAsText("text")).last()
			.satisfies((text) -> assertThat(text).contains("人工"));
	}

	@Test
	void readsTheHistoryAfterASequenceOverRest() {
		String shopper = uniqueShopper();
		String conversation = startConversation(shopper);
		String[] auth = bearer(ShopperTokens.demoShopper(shopper));
		this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"h-1\",\"text\":\"你好\"}", auth);
		Response after = this.api.get("/api/shopper/conversations/" + conversation + "/messages?after=1", auth);
		assertThat(after.json().findValuesAsText("sender")).containsExactly("BOT");
		assertThat(this.api
			.get("/api/shopper/conversations/" + conversation + "/messages",
					bearer(ShopperTokens.demoShopper(uniqueShopper())))
			.status()).isEqualTo(404);
	}

	private Response send(String shopper, String conversation, String clientMessageId, String text) {
		return this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"" + clientMessageId + "\",\"text\":\"" + text + "\"}",
				bearer(ShopperTokens.demoShopper(shopper)));
	}

	private String startConversation(String shopper) {
		return this.api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
	}

	private long storedCount(String conversation) {
		return this.jdbc.sql("select count(*) from messages where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single();
	}

	/**
	 * A shopper of the test's own. Demo shoppers such as xiaomei are for tests that need
	 * their orders: the test JVM shares one database, so their sends from every test
	 * class count against one rate window.
	 */
	private static String uniqueShopper() {
		return "chat-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
