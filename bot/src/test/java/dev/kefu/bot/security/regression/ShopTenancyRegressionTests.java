package dev.kefu.bot.security.regression;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.bot.escalation.StompConsole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
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

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void anAgentSeesAndDecidesOnlyTheirShopsCases() {
		String demoCase = caseUnderReview("demo-shop", ShopperTokens.demoShopper(shopper()));
		String homeCase = caseUnderReview("home-shop", homeShopper(shopper()));
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
			String demoConversation = askForAPerson(ShopperTokens.demoShopper(shopper()));
			String homeConversation = askForAPerson(homeShopper(shopper()));
			await().atMost(WAIT).until(() -> home.queued("QUEUED", homeConversation));
			await().atMost(WAIT).until(() -> demo.queued("QUEUED", demoConversation));
			String demoEscalation = escalationOf(demoConversation);
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

	private String caseUnderReview(String shop, String token) {
		String shopper = tokenSubject(token);
		String order = "T" + UUID.randomUUID().toString().substring(0, 10);
		this.jdbc
			.sql("""
					insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, delivered_at, currency)
					values (?, ?, ?, 'DELIVERED', now() - interval '4 days', now() - interval '4 days',
					        now() - interval '2 days', 'CNY')
					""")
			.params(shop, order, shopper)
			.update();
		this.jdbc
			.sql("""
					insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity)
					values (?, ?, 1, 'TEN-1', 'Tenancy coat', 'apparel', 1200.00, 1)
					""")
			.params(shop, order)
			.update();
		HttpApi.Response opened = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(order), bearer(token));
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		return opened.json().at("/id").asText();
	}

	private String askForAPerson(String token) {
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		assertThat(this.api
			.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"转人工\"}", bearer(token))
			.status()).isEqualTo(200);
		return conversation;
	}

	private String escalationOf(String conversation) {
		return this.jdbc.sql("select id from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.single();
	}

	private static String shopper() {
		return "tenant-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String homeShopper(String shopperId) {
		return ShopperTokens.homeShopper(shopperId);
	}

	private static String tokenSubject(String token) {
		try {
			return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> ids(HttpApi.Response response) {
		return response.json().findValuesAsText("id");
	}

}
