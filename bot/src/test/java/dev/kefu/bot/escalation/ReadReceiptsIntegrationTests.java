package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.chat.StompShopper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read receipts over real sockets: the shopper's read reaches the console of the agent
 * who has the conversation, the agent's read reaches the shopper, and a read that names
 * no message of one's own conversation is refused with nothing stored.
 */
@KefuIntegrationTest
class ReadReceiptsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachSideIsToldWhenTheOtherHasRead() throws Exception {
		HttpApi api = new HttpApi(this.port);
		String shopper = "read-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = start(api, shopper);
		try (StompConsole console = StompConsole.connect(this.port, "agent", "kefu-agent-demo");
				StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "r-1", "转人工");
			String escalation = await().atMost(WAIT).until(() -> openEscalation(conversation), (id) -> id != null);
			assertThat(api.post("/api/agent/escalations/" + escalation + "/claim", "", AGENT).status()).isEqualTo(200);
			long last = lastSeq(conversation);

			socket.read(conversation, last);
			await().atMost(WAIT)
				.until(() -> console.myEvents.stream()
					.anyMatch((e) -> "READ".equals(e.get("type")) && ((Number) e.get("readSeq")).longValue() == last));
			assertThat(column(conversation, "shopper_read_seq")).isEqualTo(last);

			HttpApi.Response read = api.post("/api/agent/escalations/" + escalation + "/read",
					"{\"seq\": " + last + "}", AGENT);
			assertThat(read.status()).isEqualTo(204);
			await().atMost(WAIT)
				.until(() -> socket.reads.stream()
					.anyMatch((r) -> conversation.equals(r.get("conversationId")) && "AGENT".equals(r.get("reader"))
							&& ((Number) r.get("seq")).longValue() == last));
			assertThat(column(conversation, "agent_read_seq")).isEqualTo(last);
			JsonNode detail = api.get("/api/agent/escalations/" + escalation, AGENT).json();
			assertThat(detail.at("/shopperReadSeq").asLong()).isEqualTo(last);
			assertThat(detail.at("/agentReadSeq").asLong()).isEqualTo(last);

			// Only ever forward; and nothing past the conversation or below zero.
			assertThat(api.post("/api/agent/escalations/" + escalation + "/read", "{\"seq\": 1}", AGENT).status())
				.isEqualTo(204);
			assertThat(column(conversation, "agent_read_seq")).isEqualTo(last);
			for (long bad : List.of(-1L, last + 5)) {
				HttpApi.Response refused = api.post("/api/agent/escalations/" + escalation + "/read",
						"{\"seq\": " + bad + "}", AGENT);
				assertThat(refused.status()).isEqualTo(400);
				assertThat(refused.isProblem()).isTrue();
			}
			assertThat(column(conversation, "agent_read_seq")).isEqualTo(last);
			api.post("/api/agent/escalations/" + escalation + "/hand-back", "", AGENT);
		}
	}

	@Test
	void aReadOfAnotherShoppersConversationOrPastItsEndIsRefused() throws Exception {
		HttpApi api = new HttpApi(this.port);
		String owner = "read-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = start(api, owner);
		try (StompShopper own = StompShopper.connect(this.port, owner)) {
			own.send(conversation, "o-1", "你好");
			await().atMost(WAIT).until(() -> lastSeq(conversation) >= 2);
		}
		long last = lastSeq(conversation);
		String intruder = "read-" + UUID.randomUUID().toString().substring(0, 8);
		try (StompShopper socket = StompShopper.connect(this.port, intruder)) {
			socket.read(conversation, 1);
			await().atMost(WAIT).until(() -> !socket.errors.isEmpty());
			assertThat(socket.errors.get(0)).containsEntry("code", "NOT_FOUND");
		}
		try (StompShopper socket = StompShopper.connect(this.port, owner)) {
			socket.read(conversation, last + 1);
			socket.read(conversation, -1);
			await().atMost(WAIT).until(() -> socket.errors.size() >= 2);
			assertThat(socket.errors).allSatisfy((e) -> assertThat(e).containsEntry("code", "INVALID"));
		}
		assertThat(column(conversation, "shopper_read_seq")).as("nothing stored").isZero();
	}

	private static String start(HttpApi api, String shopper) {
		return api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
	}

	private String openEscalation(String conversation) {
		return this.jdbc
			.sql("select id::text from escalations where conversation_id = ? and status in ('WAITING', 'CLAIMED')")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long lastSeq(String conversation) {
		return column(conversation, "last_seq");
	}

	private long column(String conversation, String column) {
		return this.jdbc.sql("select " + column + " from conversations where id = ?")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single();
	}

}
