package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import dev.kefu.bot.chat.StompShopper;
import dev.kefu.bot.conversation.ShopperTypingSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shopper's typing over real sockets: it reaches the console of the agent who has the
 * conversation and nobody else's, is never stored, and a frame for a conversation that is
 * not the shopper's, a bad body or too many frames get an error frame.
 */
@KefuIntegrationTest
class ShopperTypingIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheAgentWhoHasTheConversationSeesTheShopperType() throws Exception {
		HttpApi api = new HttpApi(this.port);
		String shopper = "typing-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
		String colleague = TestStaff.newAgent(this.port, "typing-colleague-", "a-long-enough-password");
		try (StompConsole console = StompConsole.connect(this.port, "agent", "kefu-agent-demo");
				StompConsole other = StompConsole.connect(this.port, colleague, "a-long-enough-password");
				StompConsole otherShop = StompConsole.connect(this.port, "home-agent", "kefu-home-agent-demo",
						"home-shop");
				StompShopper socket = StompShopper.connect(this.port, shopper)) {
			socket.send(conversation, "t-1", "转人工");
			String escalation = await().atMost(WAIT).until(() -> openEscalation(conversation), (id) -> id != null);
			// Waiting in the queue, nobody has it: nobody is told.
			socket.typing(conversation, true);
			// Frames are handled in order: once the refusal of the next is back, it was
			// handled.
			socket.read(conversation, -1);
			await().atMost(WAIT).until(() -> !socket.errors.isEmpty());
			socket.errors.clear();
			assertThat(api.post("/api/agent/escalations/" + escalation + "/claim", "", AGENT).status()).isEqualTo(200);

			socket.typing(conversation, true);
			await().atMost(WAIT).until(() -> typing(console, escalation).equals(List.of(true)));
			socket.typing(conversation, false);
			await().atMost(WAIT).until(() -> typing(console, escalation).equals(List.of(true, false)));

			// Another shopper's frame for this conversation is refused and relayed to
			// nobody.
			try (StompShopper intruder = StompShopper.connect(this.port, "typing-intruder")) {
				intruder.typing(conversation, true);
				await().atMost(WAIT).until(() -> !intruder.errors.isEmpty());
				assertThat(intruder.errors.get(0)).containsEntry("code", "NOT_FOUND");
			}
			// A body without the flag, or with something else in it, changes nothing
			// either.
			socket.sendFrame("/app/conversations/" + conversation + "/typing", Map.of());
			socket.sendFrame("/app/conversations/" + conversation + "/typing", Map.of("typing", "perhaps"));
			await().atMost(WAIT).until(() -> socket.errors.size() >= 2);
			assertThat(socket.errors).allSatisfy((e) -> assertThat(e).containsEntry("code", "INVALID"));
			socket.errors.clear();

			// Past the rate, frames are refused; those before it still reach the agent.
			for (int i = 0; i < ShopperTypingSignals.PER_MINUTE; i++) {
				socket.typing(conversation, i % 2 == 0);
			}
			await().atMost(WAIT)
				.until(() -> socket.errors.stream().anyMatch((e) -> "RATE_LIMITED".equals(e.get("code"))));
			int relayed = typing(console, escalation).size();
			assertThat(relayed).isGreaterThan(2).isLessThanOrEqualTo(ShopperTypingSignals.PER_MINUTE);

			assertThat(typing(other, escalation)).as("another agent of the shop").isEmpty();
			assertThat(other.queueEvents).noneMatch((e) -> "TYPING".equals(e.get("type")));
			assertThat(typing(otherShop, escalation)).as("another shop's agent").isEmpty();
			assertThat(otherShop.queueEvents).noneMatch((e) -> "TYPING".equals(e.get("type")));
			assertThat(console.queueEvents).noneMatch((e) -> "TYPING".equals(e.get("type")));
			assertThat(socket.typing).as("the shopper's own typing does not come back to them")
				.noneMatch((t) -> "SHOPPER".equals(t.get("sender")));
			api.post("/api/agent/escalations/" + escalation + "/hand-back", "", AGENT);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Boolean> typing(StompConsole console, String escalation) {
		return console.myEvents.stream()
			.filter((e) -> "TYPING".equals(e.get("type"))
					&& escalation.equals(((Map<String, Object>) e.get("escalation")).get("id")))
			.map((e) -> (Boolean) e.get("typing"))
			.toList();
	}

	private String openEscalation(String conversation) {
		return this.jdbc
			.sql("select id::text from escalations where conversation_id = ? and status in ('WAITING', 'CLAIMED')")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
