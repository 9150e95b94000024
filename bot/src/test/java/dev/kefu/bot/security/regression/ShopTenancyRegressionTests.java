package dev.kefu.bot.security.regression;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.escalation.StompConsole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff belong to shops: every staff endpoint shows and acts on the staff member's own
 * shops only, and another shop's things answer as if they did not exist. Two demo shops,
 * demo-shop (agent, ops) and home-shop (home-agent, home-admin); admin is the platform
 * admin.
 */
@KefuIntegrationTest
class ShopTenancyRegressionTests {

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	private static final String[] OPS = basic("ops", "kefu-ops-demo");

	private static final String[] HOME_AGENT = basic("home-agent", "kefu-home-agent-demo");

	private static final String[] HOME_ADMIN = basic("home-admin", "kefu-home-admin-demo");

	private static final String[] PLATFORM = basic("admin", "kefu-admin-demo");

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	ShopFixtures fixtures;

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
		this.fixtures = new ShopFixtures(this.api, this.jdbc);
	}

	@Test
	void anAgentSeesAndDecidesOnlyTheirShopsCases() {
		long homeUnderReview = this.api.get("/api/ops/returns/summary", HOME_ADMIN)
			.json()
			.path("UNDER_REVIEW")
			.asLong();
		String demoCase = this.fixtures.caseUnderReview("demo-shop",
				ShopperTokens.demoShopper(ShopFixtures.newShopper()));
		String homeCase = this.fixtures.caseUnderReview("home-shop",
				ShopperTokens.homeShopper(ShopFixtures.newShopper()));
		assertThat(this.api.get("/api/ops/returns/summary", HOME_ADMIN).json().path("UNDER_REVIEW").asLong())
			.as("the summary counts the shop's own cases only")
			.isEqualTo(homeUnderReview + 1);
		assertThat(ids(this.api.get("/api/agent/returns?limit=500", HOME_AGENT))).contains(homeCase)
			.doesNotContain(demoCase);
		assertThat(ids(this.api.get("/api/agent/returns?limit=500", AGENT))).contains(demoCase)
			.doesNotContain(homeCase);
		assertThat(this.api.get("/api/agent/returns/" + demoCase, HOME_AGENT).status()).isEqualTo(404);
		assertThat(this.api
			.post("/api/agent/returns/" + demoCase + "/decision", "{\"outcome\": \"APPROVE\", \"reason\": \"ok\"}",
					HOME_AGENT)
			.status()).isEqualTo(404);
		assertThat(this.api.get("/api/agent/returns/" + demoCase, AGENT).json().at("/state").asText())
			.isEqualTo("UNDER_REVIEW");
		assertThat(this.api.post("/api/agent/returns", """
				{"shopId": "demo-shop", "shopperId": "x", "request": {"kind": "RETURN", "orderId": "X1",
				 "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}}
				""", HOME_AGENT).status()).isEqualTo(404);
	}

	@Test
	void anAgentSeesHearsOfAndTakesOnlyTheirShopsEscalations() throws Exception {
		try (StompConsole home = StompConsole.connect(this.port, "home-agent", "kefu-home-agent-demo", "home-shop");
				StompConsole demo = StompConsole.connect(this.port, "agent", "kefu-agent-demo", "demo-shop")) {
			String demoConversation = this.fixtures.askForAPerson(ShopperTokens.demoShopper(ShopFixtures.newShopper()));
			String homeConversation = this.fixtures.askForAPerson(ShopperTokens.homeShopper(ShopFixtures.newShopper()));
			await().atMost(WAIT).until(() -> home.queued("QUEUED", homeConversation));
			await().atMost(WAIT).until(() -> demo.queued("QUEUED", demoConversation));
			String demoEscalation = this.fixtures.escalationOf(demoConversation);
			JsonNode homeQueue = this.api.get("/api/agent/escalations", HOME_AGENT).json();
			assertThat(homeQueue.at("/waiting").findValuesAsText("conversationId")).contains(homeConversation)
				.doesNotContain(demoConversation);
			assertThat(homeQueue.at("/shops").toString()).isEqualTo("[\"home-shop\"]");
			assertThat(this.api.get("/api/agent/escalations", AGENT)
				.json()
				.at("/waiting")
				.findValuesAsText("conversationId")).contains(demoConversation).doesNotContain(homeConversation);
			assertThat(home.queued("QUEUED", demoConversation)).as("another shop's queue is not heard of").isFalse();
			assertThat(demo.queued("QUEUED", homeConversation)).isFalse();
			String path = "/api/agent/escalations/" + demoEscalation;
			assertThat(this.api.get(path, HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.get(path + "/suggestions", HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/claim", "", HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/notes", "{\"text\": \"mine now\"}", HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/messages", "{\"clientMessageId\": \"x\", \"text\": \"hi\"}", HOME_AGENT)
				.status()).isEqualTo(404);
			assertThat(this.api.post(path + "/resolve", "", HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.post(path + "/hand-back", "", HOME_AGENT).status()).isEqualTo(404);
			assertThat(this.api.get(path, AGENT).json().at("/escalation/status").asText()).isEqualTo("WAITING");
		}
		try (StompConsole spy = StompConsole.connect(this.port, "home-agent", "kefu-home-agent-demo", "demo-shop")) {
			await().atMost(WAIT).until(() -> !spy.isConnected());
		}
	}

	@Test
	void opsReadAndChangeOnlyTheirShopsRulesInsightsAndPrivacy() {
		assertThat(this.api.get("/api/ops/returns/rules?shopId=home-shop", OPS).status()).isEqualTo(404);
		assertThat(this.api.get("/api/ops/returns/rules?shopId=demo-shop", OPS).status()).isEqualTo(200);
		assertThat(this.api.get("/api/ops/returns/rules?shopId=home-shop", HOME_ADMIN).status()).isEqualTo(200);
		assertThat(this.api.get("/api/ops/insights?shop=home-shop", OPS).status()).isEqualTo(404);
		assertThat(this.api.get("/api/ops/insights", OPS).json().at("/shopId").asText()).isEqualTo("demo-shop");
		assertThat(this.api.get("/api/ops/insights", HOME_ADMIN).json().at("/timeZone").asText())
			.isEqualTo("Asia/Hong_Kong");
		assertThat(
				this.api.post("/api/ops/privacy/exports", "{\"shopId\": \"home-shop\", \"shopperId\": \"kayan\"}", OPS)
					.status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/ops/shops/home-shop/settings", OPS).status()).isEqualTo(404);
		JsonNode mine = this.api.get("/api/ops/shops", OPS).json();
		assertThat(mine.findValuesAsText("shopId")).containsExactly("demo-shop");
	}

	@Test
	void aShopsAdminManagesThatShopsStaffOnly() {
		JsonNode staff = this.api.get("/api/admin/staff", HOME_ADMIN).json();
		assertThat(staff.findValuesAsText("username")).contains("home-agent").doesNotContain("agent", "ops");
		String username = "home-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "a-long-enough-password", "shops": {"demo-shop": ["AGENT"]}}
				""".formatted(username), HOME_ADMIN).status()).isEqualTo(403);
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "a-long-enough-password", "roles": ["AGENT"]}
				""".formatted(username), HOME_ADMIN).status()).as("roles in every shop").isEqualTo(403);
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "a-long-enough-password", "shops": {"home-shop": ["AGENT"]}}
				""".formatted(username), HOME_ADMIN).status()).isEqualTo(201);
		assertThat(this.api.put("/api/admin/staff/agent/enabled", "{\"enabled\": false}", HOME_ADMIN).status())
			.isEqualTo(404);
		assertThat(
				this.api.put("/api/admin/staff/" + username + "/enabled", "{\"enabled\": false}", HOME_ADMIN).status())
			.isEqualTo(200);
		assertThat(this.api.get("/api/platform/shops", HOME_ADMIN).status()).isEqualTo(403);
		assertThat(this.api.get("/api/platform/shops", PLATFORM).json().findValuesAsText("shopId"))
			.contains("demo-shop", "home-shop");
	}

	@Test
	void anAgentOfOneShopHoldsNoRoleInAnother() {
		assertThat(this.api.get("/api/admin/staff", AGENT).status()).isEqualTo(403);
		JsonNode me = this.api.get("/api/staff/me", HOME_AGENT).json();
		assertThat(me.at("/shops").has("home-shop")).isTrue();
		assertThat(me.at("/shops").has("demo-shop")).isFalse();
	}

	private static List<String> ids(HttpApi.Response response) {
		return response.json().findValuesAsText("id");
	}

}
