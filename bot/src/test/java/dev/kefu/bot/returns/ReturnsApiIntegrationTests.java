package dev.kefu.bot.returns;

import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns over HTTP: shoppers' own cases, agents' decisions within their limits, ops'
 * versioned rules and dry runs, with problem details for everything refused.
 */
@KefuIntegrationTest
class ReturnsApiIntegrationTests {

	private static final String[] RULES_EDITOR = basic("admin", "kefu-admin-demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String shopper;

	String orderId;

	@BeforeEach
	void shopperWithAnOrder() {
		this.api = new HttpApi(this.port);
		this.shopper = "api-" + UUID.randomUUID().toString().substring(0, 8);
		this.orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				new TestOrders.Line("API-1", "Silk scarf", "apparel", "2600", 2),
				TestOrders.Line.of("API-2", "Lipstick", "cosmetics", "159"));
	}

	private String[] shopperAuth() {
		return bearer(ShopperTokens.demoShopper(this.shopper));
	}

	private String newCase(int line, int quantity, String reason) {
		return """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": %d, "quantity": %d, "reason": "%s"}
				""".formatted(this.orderId, line, quantity, reason);
	}

	@Test
	void opensACaseOnceForTheSameIdempotencyKeyAndShowsItOnlyToItsShopper() {
		String[] headers = concat(shopperAuth(), "Idempotency-Key", "k-1");
		HttpApi.Response first = this.api.post("/api/shopper/returns", newCase(1, 1, "CHANGED_MIND"), headers);
		HttpApi.Response again = this.api.post("/api/shopper/returns", newCase(1, 1, "CHANGED_MIND"), headers);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.json().at("/id").asText()).isEqualTo(first.json().at("/id").asText());
		assertThat(first.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(first.json().at("/decision/rules/0").asText()).isEqualTo("auto-approve-up-to-500");
		String id = first.json().at("/id").asText();
		HttpApi.Response mine = this.api.get("/api/shopper/returns/" + id, shopperAuth());
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().at("/history/0/to").asText()).isEqualTo("REQUESTED");
		HttpApi.Response theirs = this.api.get("/api/shopper/returns/" + id,
				bearer(ShopperTokens.demoShopper("someone-else")));
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(theirs.isProblem()).isTrue();
		assertThat(this.api
			.post("/api/shopper/returns/" + id + "/cancel", "{}", bearer(ShopperTokens.demoShopper("someone-else")))
			.status()).isEqualTo(404);
		assertThat(this.api.get("/api/shopper/returns/" + id, shopperAuth()).json().at("/state").asText())
			.isEqualTo("UNDER_REVIEW");
	}

	@Test
	void refusesBadRequestsWithProblemsAndStoresNothing() {
		HttpApi.Response tooMany = this.api.post("/api/shopper/returns", newCase(1, 3, "CHANGED_MIND"), shopperAuth());
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.json().at("/detail").asText()).contains("Only 2");
		HttpApi.Response badReason = this.api.post("/api/shopper/returns", newCase(1, 1, "BORED"), shopperAuth());
		assertThat(badReason.status()).isEqualTo(400);
		assertThat(badReason.isProblem()).isTrue();
		HttpApi.Response notMine = this.api.post("/api/shopper/returns", newCase(1, 1, "CHANGED_MIND"),
				bearer(ShopperTokens.demoShopper("someone-else")));
		assertThat(notMine.status()).isEqualTo(422);
		assertThat(this.api.get("/api/shopper/returns", shopperAuth()).json().size()).isZero();
	}

	@Test
	void letsAnAgentDecideWithinTheirLimitAndALeadAbove() {
		String id = this.api.post("/api/shopper/returns", newCase(1, 1, "CHANGED_MIND"), shopperAuth())
			.json()
			.at("/id")
			.asText();
		String approve = "{\"outcome\": \"APPROVE\", \"reason\": \"checked\"}";
		HttpApi.Response agent = this.api.post("/api/agent/returns/" + id + "/decision", approve,
				basic("agent", "kefu-agent-demo"));
		assertThat(agent.status()).isEqualTo(403);
		assertThat(agent.json().at("/detail").asText()).contains("needs a lead");
		HttpApi.Response lead = this.api.post("/api/agent/returns/" + id + "/decision", approve,
				basic("admin", "kefu-admin-demo"));
		assertThat(lead.status()).isEqualTo(200);
		assertThat(lead.json().at("/state").asText()).isIn("APPROVED", "PICKUP_BOOKED");
		HttpApi.Response twice = this.api.post("/api/agent/returns/" + id + "/decision", approve,
				basic("admin", "kefu-admin-demo"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(this.api.get("/api/agent/returns/" + id, basic("agent", "kefu-agent-demo"))
			.json()
			.at("/history")
			.findValuesAsText("event")).contains("APPROVE");
		assertThat(this.api.get("/api/agent/returns/" + id, shopperAuth()).status()).isEqualTo(401);
	}

	@Test
	void keepsVersionedRulesThatTakeEffectAtOnceAndRefusesStaleOrInvalidEdits() {
		// A shop of the test's own; the platform admin is ops in every shop.
		String shop = "rules-" + UUID.randomUUID().toString().substring(0, 6);
		HttpApi.Response current = this.api.get("/api/ops/returns/rules?shopId=" + shop, RULES_EDITOR);
		assertThat(current.json().at("/version").asInt()).isZero();
		String yaml = current.json().at("/yaml").asText().replace("max-amount: 500", "max-amount: 3000");
		String edit = "{\"shopId\": \"%s\", \"basedOnVersion\": 0, \"yaml\": %s, \"note\": \"livestream week\"}"
			.formatted(shop, quote(yaml));
		HttpApi.Response saved = this.api.put("/api/ops/returns/rules", edit, RULES_EDITOR);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().at("/version").asInt()).isEqualTo(1);
		HttpApi.Response stale = this.api.put("/api/ops/returns/rules", edit, RULES_EDITOR);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().at("/latestVersion").asInt()).isEqualTo(1);
		String broken = "{\"shopId\": \"%s\", \"basedOnVersion\": 1, \"yaml\": %s}".formatted(shop,
				quote(yaml.replace("days: 7", "dayz: 7")));
		HttpApi.Response invalid = this.api.put("/api/ops/returns/rules", broken, RULES_EDITOR);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().at("/detail").asText()).contains("rules[1].days: a value is required");
		assertThat(this.api.get("/api/ops/returns/rules/versions?shopId=" + shop, RULES_EDITOR).json().size())
			.isEqualTo(1);
		String hypothetical = """
				{"shopId": "%s", "request": {"kind": "RETURN", "reason": "CHANGED_MIND", "category": "apparel",
				 "unitPrice": 2600, "quantity": 1, "orderAgeDays": 5, "deliveredDaysAgo": 2, "photos": 0,
				 "returnsLast30Days": 0}}
				""".formatted(shop);
		HttpApi.Response dryRun = this.api.post("/api/ops/returns/rules/dry-run", hypothetical, RULES_EDITOR);
		assertThat(dryRun.json().at("/outcome").asText()).isEqualTo("APPROVE");
		HttpApi.Response defaults = this.api.post("/api/ops/returns/rules/dry-run",
				hypothetical.replace(shop, "demo-shop"), RULES_EDITOR);
		assertThat(defaults.json().at("/outcome").asText()).isEqualTo("REVIEW");
		assertThat(this.api.get("/api/ops/returns/rules?shopId=" + shop, basic("agent", "kefu-agent-demo")).status())
			.isEqualTo(403);
	}

	private static String quote(String text) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
