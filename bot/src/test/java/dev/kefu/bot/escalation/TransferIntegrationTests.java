package dev.kefu.bot.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import dev.kefu.bot.security.regression.ShopFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transferring a conversation: to another agent, who has it at once with the note in
 * their queue; to the agents with a skill, back in the queue; a bad target, a missing
 * note or a transfer by someone who does not have it is refused with problem details and
 * changes nothing.
 */
@KefuIntegrationTest
class TransferIntegrationTests {

	private static final String PASSWORD = "transfer-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	ShopFixtures fixtures;

	@BeforeEach
	void api() {
		this.api = new HttpApi(this.port);
		this.fixtures = new ShopFixtures(this.api, this.jdbc);
	}

	@Test
	void anAgentGetsTheConversationAtOnceWithTheNoteInTheirQueue() {
		String from = agent("from-");
		String to = agent("to-");
		String escalation = claimedBy(from);
		HttpApi.Response moved = transfer(escalation, from,
				"{\"agent\": \"" + to + "\", \"note\": \"Wants a refund, order checked\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().at("/agent").asText()).isEqualTo(to);
		assertThat(moved.json().at("/status").asText()).isEqualTo("CLAIMED");

		JsonNode queue = this.api.get("/api/agent/escalations", basic(to, PASSWORD)).json();
		assertThat(ids(queue.at("/mine"))).as(queue.toString()).contains(escalation);
		assertThat(queue.at("/transfers/" + escalation + "/body").asText()).isEqualTo("Wants a refund, order checked");
		assertThat(queue.at("/transfers/" + escalation + "/author").asText()).isEqualTo(from);
		JsonNode detail = this.api.get("/api/agent/escalations/" + escalation, basic(to, PASSWORD)).json();
		assertThat(detail.at("/notes/0/body").asText()).isEqualTo("Wants a refund, order checked");
		assertThat(detail.at("/notes/0/transferTo").asText()).isEqualTo(to);
		assertThat(this.api
			.post("/api/agent/escalations/" + escalation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"hi\"}", basic(from, PASSWORD))
			.status()).as("it is no longer the first agent's").isEqualTo(403);
	}

	@Test
	void aSkillPutsTheConversationBackInTheQueueForThoseWithIt() {
		String from = agent("from-");
		String escalation = claimedBy(from);
		HttpApi.Response moved = transfer(escalation, from, "{\"skill\": \"returns\", \"note\": \"Needs a lead\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().at("/status").asText()).isEqualTo("WAITING");
		assertThat(moved.json().at("/skills/0").asText()).isEqualTo("returns");
		String other = agent("other-");
		JsonNode queue = this.api.get("/api/agent/escalations", basic(other, PASSWORD)).json();
		assertThat(queue.at("/transfers/" + escalation + "/transferTo").asText()).isEqualTo("skill:returns");
	}

	@Test
	void aBadTargetOrAMissingNoteIsRefusedAndChangesNothing() {
		String from = agent("from-");
		String escalation = claimedBy(from);
		String elsewhere = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "shops": {"home-shop": ["AGENT"]}}
				""".formatted(elsewhere, PASSWORD), basic("admin", "kefu-admin-demo")).status()).isEqualTo(201);
		for (String body : new String[] { "{\"agent\": \"nobody-" + UUID.randomUUID() + "\", \"note\": \"n\"}",
				"{\"agent\": \"" + elsewhere + "\", \"note\": \"n\"}", "{\"agent\": \"" + from + "\", \"note\": \"n\"}",
				"{\"agent\": \"" + from + "\", \"skill\": \"returns\", \"note\": \"n\"}", "{\"note\": \"n\"}",
				"{\"skill\": \"no spaces allowed\", \"note\": \"n\"}", "{\"skill\": \"returns\"}",
				"{\"skill\": \"returns\", \"note\": \"  \"}" }) {
			HttpApi.Response refused = transfer(escalation, from, body);
			assertThat(refused.status()).as(body + " " + refused.body()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		assertThat(transfer(escalation, agent("not-holder-"), "{\"skill\": \"returns\", \"note\": \"n\"}").status())
			.isEqualTo(403);
		JsonNode detail = this.api.get("/api/agent/escalations/" + escalation, basic(from, PASSWORD)).json();
		assertThat(detail.at("/escalation/agent").asText()).isEqualTo(from);
		assertThat(detail.at("/escalation/status").asText()).isEqualTo("CLAIMED");
		assertThat(detail.at("/notes").size()).isZero();
	}

	private static List<String> ids(JsonNode escalations) {
		List<String> ids = new ArrayList<>();
		escalations.forEach((e) -> ids.add(e.at("/id").asText()));
		return ids;
	}

	private HttpApi.Response transfer(String escalation, String agent, String body) {
		return this.api.post("/api/agent/escalations/" + escalation + "/transfer", body, basic(agent, PASSWORD));
	}

	private String agent(String prefix) {
		return TestStaff.newAgent(this.port, prefix, PASSWORD);
	}

	private String claimedBy(String agent) {
		String escalation = this.fixtures
			.escalationOf(this.fixtures.askForAPerson(ShopperTokens.demoShopper(ShopFixtures.newShopper())));
		assertThat(
				this.api.post("/api/agent/escalations/" + escalation + "/claim", "", basic(agent, PASSWORD)).status())
			.isEqualTo(200);
		return escalation;
	}

}
