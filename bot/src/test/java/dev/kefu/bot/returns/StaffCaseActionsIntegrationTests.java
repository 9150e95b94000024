package dev.kefu.bot.returns;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
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
 * A case as staff read it says what they may do to it in its state, as the case's machine
 * has it: decide a case under review or a dispute, record the inspection of a received
 * item, and nothing once it is decided or over. Rules that cannot be read say on which
 * line and at which field.
 */
@KefuIntegrationTest
class StaffCaseActionsIntegrationTests {

	private static final String[] LEAD = basic("ops", "kefu-ops-demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String shopper;

	@BeforeEach
	void shopperOfItsOwn() {
		this.api = new HttpApi(this.port);
		this.shopper = "acts-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCaseOffersOnlyTheActionsItsStateAccepts() {
		String reviewed = open("cosmetics", "159", "CHANGED_MIND");
		assertThat(actions(reviewed)).containsExactly("APPROVE", "REJECT");
		HttpApi.Response approved = this.api.post("/api/agent/returns/" + reviewed + "/decision",
				"{\"outcome\": \"APPROVE\", \"reason\": \"未拆封\"}", LEAD);
		assertThat(approved.json().at("/state").asText()).isIn("APPROVED", "PICKUP_BOOKED");
		assertThat(approved.json().at("/actions").size()).as("the answer says it too").isZero();
		assertThat(actions(reviewed)).as("a decided case is not decided again").isEmpty();

		String rejected = open("custom-made", "88", "CHANGED_MIND");
		assertThat(state(rejected)).isEqualTo("REJECTED");
		assertThat(actions(rejected)).as("a rejection is the shopper's to dispute").isEmpty();
		this.api.post("/api/shopper/returns/" + rejected + "/dispute", "{\"why\": \"请人工看看\"}", shopperAuth());
		assertThat(state(rejected)).isEqualTo("DISPUTED");
		assertThat(actions(rejected)).containsExactly("APPROVE", "REJECT");

		// The carrier's parcel at the warehouse (the pickup's own steps are the carrier
		// tests'): the inspection is staff's to record.
		this.jdbc.sql("update return_cases set state = 'RECEIVED' where case_id = ?::uuid").param(reviewed).update();
		assertThat(actions(reviewed)).containsExactly("PASS_INSPECTION", "FAIL_INSPECTION");
		HttpApi.Response inspected = this.api.post("/api/agent/returns/" + reviewed + "/inspection",
				"{\"passed\": true, \"note\": \"完好\"}", LEAD);
		assertThat(inspected.status()).as(inspected.body()).isEqualTo(200);
		assertThat(actions(reviewed)).isEmpty();
		this.jdbc.sql("update return_cases set state = 'COMPLETED' where case_id = ?::uuid").param(reviewed).update();
		assertThat(actions(reviewed)).isEmpty();
		assertThat(this.api.get("/api/shopper/returns/" + rejected, shopperAuth()).json().has("actions"))
			.as("shoppers are told what they may do in words, not staff actions")
			.isFalse();
	}

	@Test
	void rulesThatCannotBeReadSayTheLineAndTheField() {
		String yaml = this.api.get("/api/ops/returns/rules?shopId=demo-shop", LEAD).json().at("/yaml").asText();
		String typo = yaml.replace("tier-limits:", "tier-limit:");
		HttpApi.Response refused = this.api.put("/api/ops/returns/rules", """
				{"shopId": "demo-shop", "basedOnVersion": 0, "yaml": %s}""".formatted(quote(typo)), LEAD);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		JsonNode problem = refused.json();
		int line = problem.at("/line").asInt();
		assertThat(typo.lines().toList().get(line - 1)).contains("tier-limit:");
		assertThat(problem.at("/error").asText()).isEqualTo("UNKNOWN_KEY");
		assertThat(problem.at("/key").asText()).isEqualTo("tier-limit");
		assertThat(problem.at("/field").asText()).startsWith("rules[");
		assertThat(problem.at("/detail").asText()).contains("(line " + line + ")").contains("tier-limit");
		HttpApi.Response dryRun = this.api.post("/api/ops/returns/rules/dry-run", """
				{"shopId": "demo-shop", "yaml": "rules:\\n  - kind: delivery\\n    id: x\\n   outcome: REJECT\\n",
				 "request": {"kind": "RETURN", "reason": "CHANGED_MIND", "category": "apparel", "unitPrice": 99,
				 "quantity": 1, "orderAgeDays": 5, "deliveredDaysAgo": 2, "photos": 0, "returnsLast30Days": 0}}""",
				LEAD);
		assertThat(dryRun.status()).isEqualTo(400);
		assertThat(dryRun.json().at("/line").asInt()).isEqualTo(4);
	}

	private String open(String category, String price, String reason) {
		String order = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("ACT-" + category, "试用品 " + category, category, price));
		HttpApi.Response opened = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "%s"}
				""".formatted(order, reason), shopperAuth());
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().at("/id").asText();
	}

	private List<String> actions(String id) {
		JsonNode detail = this.api.get("/api/agent/returns/" + id, LEAD).json();
		assertThat(detail.has("actions")).as(detail.toString()).isTrue();
		return StreamSupport.stream(detail.at("/actions").spliterator(), false).map(JsonNode::asText).toList();
	}

	private String state(String id) {
		return this.api.get("/api/agent/returns/" + id, LEAD).json().at("/state").asText();
	}

	private String[] shopperAuth() {
		return bearer(ShopperTokens.demoShopper(this.shopper));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
