package dev.kefu.bot.returns;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

	@Test
	void refusesToSaveOrTryRulesBelowTheLegalFloorNamingTheArticleInTheReadersLanguage() {
		String shop = "floor-" + UUID.randomUUID().toString().substring(0, 6);
		String yaml = this.api.get("/api/ops/returns/rules?shopId=" + shop, RULES_EDITOR)
			.json()
			.at("/yaml")
			.asText()
			.replace("only-if-confirmed-at-purchase: true", "only-if-confirmed-at-purchase: false");
		String edit = "{\"shopId\": \"%s\", \"basedOnVersion\": 0, \"yaml\": %s}".formatted(shop, quote(yaml));
		HttpApi.Response refused = this.api.put("/api/ops/returns/rules", edit,
				concat(RULES_EDITOR, "Accept-Language", "zh-TW"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().at("/breaches/0/rule").asText()).isEqualTo("hygiene-confirmed-at-purchase");
		assertThat(refused.json().at("/breaches/0/articles").toString()).contains("samr-7day-7", "samr-7day-20");
		assertThat(refused.json().at("/detail").asText()).contains("第七條").contains("規則");
		assertThat(refused.json().at("/breaches/0/message/zh-Hans").asText()).contains("第七条");
		assertThat(refused.json().at("/breaches/0/message/en").asText()).contains("Art. 7");
		assertThat(this.api.get("/api/ops/returns/rules/versions?shopId=" + shop, RULES_EDITOR).json().size())
			.as("nothing saved")
			.isZero();
		String dryRun = """
				{"shopId": "%s", "yaml": %s, "request": {"kind": "RETURN", "reason": "CHANGED_MIND",
				 "category": "apparel", "unitPrice": 99, "quantity": 1, "photos": 0, "returnsLast30Days": 0}}
				""".formatted(shop, quote(yaml));
		HttpApi.Response tried = this.api.post("/api/ops/returns/rules/dry-run", dryRun,
				concat(RULES_EDITOR, "Accept-Language", "en"));
		assertThat(tried.status()).isEqualTo(422);
		assertThat(tried.json().at("/detail").asText()).contains("SAMR Measures").contains("Art. 7");
		// The staff pages' language rule (PageLanguage): the language the staff member
		// chose (its cookie) before the browser's, and English for a browser asking for
		// neither.
		HttpApi.Response chosen = this.api.post("/api/ops/returns/rules/dry-run", dryRun,
				concat(RULES_EDITOR, "Accept-Language", "en", "Cookie", "kefu-staff-language=zh-Hant"));
		assertThat(chosen.json().at("/detail").asText()).contains("第七條");
		HttpApi.Response french = this.api.post("/api/ops/returns/rules/dry-run", dryRun,
				concat(RULES_EDITOR, "Accept-Language", "fr-FR"));
		assertThat(french.json().at("/detail").asText()).contains("Art. 7");
	}

	@Test
	void dryRunsWithDatesAndTimesCountedInTheShopsZone() {
		// demo-shop counts in Asia/Shanghai: signed 23:59 on 28 Feb 2028, the window's
		// last day is 6 March (the leap day is day 1).
		String request = """
				{"shopId": "demo-shop", "request": {"kind": "RETURN", "reason": "CHANGED_MIND", "category": "apparel",
				 "unitPrice": 99, "quantity": 1, "photos": 0, "returnsLast30Days": 0,
				 "signedAt": "2028-02-28T23:59:00+08:00", "requestedAt": "%s"}}
				""";
		HttpApi.Response lastMinute = this.api.post("/api/ops/returns/rules/dry-run",
				request.formatted("2028-03-06T23:59:00+08:00"), RULES_EDITOR);
		assertThat(lastMinute.status()).isEqualTo(200);
		assertThat(lastMinute.json().at("/outcome").asText()).isEqualTo("APPROVE");
		HttpApi.Response nextDay = this.api.post("/api/ops/returns/rules/dry-run",
				request.formatted("2028-03-06T16:00:00Z"), RULES_EDITOR);
		assertThat(nextDay.json().at("/outcome").asText()).as("00:00 on 7 March in Shanghai").isEqualTo("REJECT");
		assertThat(nextDay.json().at("/findings/0/ruleId").asText()).isEqualTo("no-reason-7-days");
		HttpApi.Response backwards = this.api.post("/api/ops/returns/rules/dry-run",
				request.formatted("2028-02-27T10:00:00+08:00"), RULES_EDITOR);
		assertThat(backwards.status()).isEqualTo(400);
	}

	@Test
	void offersAPersonAfterAnAutomatedRejectionAndExportsTheDecisionForItsShopOnly() {
		String before = Instant.now().minusSeconds(60).toString();
		String order = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("API-C", "刻字项链", "custom-made", "88"));
		String body = """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND",
				 "condition": {"openedToInspect": true}}
				""".formatted(order);
		HttpApi.Response rejected = this.api.post("/api/shopper/returns", body, shopperAuth());
		assertThat(rejected.json().at("/state").asText()).isEqualTo("REJECTED");
		assertThat(rejected.json().at("/decision/automated").asBoolean()).isTrue();
		assertThat(rejected.json().at("/humanReview/zh-Hans").asText()).contains("刻字项链", "个人信息保护法", "人工复核");
		assertThat(rejected.json().at("/humanReview/zh-Hant").asText()).contains("個人信息保護法");
		assertThat(rejected.json().at("/humanReview/en").asText()).contains("Art. 24").doesNotContain("API-C");
		String id = rejected.json().at("/id").asText();
		HttpApi.Response disputed = this.api.post("/api/shopper/returns/" + id + "/dispute", "{\"why\": \"请人工看看\"}",
				shopperAuth());
		assertThat(disputed.json().at("/state").asText()).isEqualTo("DISPUTED");
		assertThat(disputed.json().at("/humanReview").isNull() || disputed.json().at("/humanReview").isMissingNode())
			.isTrue();

		String query = "/api/ops/returns/automated-decisions?shopId=demo-shop&from=" + before;
		HttpApi.Response json = this.api.get(query, RULES_EDITOR);
		assertThat(json.status()).isEqualTo(200);
		var entry = StreamSupport.stream(json.json().spliterator(), false)
			.filter((e) -> e.at("/caseId").asText().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(entry.at("/outcome").asText()).isEqualTo("REJECT");
		assertThat(entry.at("/firedRules").toString()).contains("statutory-exclusions");
		assertThat(entry.at("/inputs/category").asText()).isEqualTo("custom-made");
		assertThat(entry.at("/inputs/condition/openedToInspect").asBoolean()).isTrue();
		assertThat(entry.at("/inputs/signedAt").asText()).isNotBlank();
		assertThat(entry.at("/inputs").toString()).doesNotContain(this.shopper);
		HttpApi.Response csv = this.api.get(query + "&format=csv", RULES_EDITOR);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("decided_at,case_id,outcome").contains(id).contains("statutory-exclusions");
		assertThat(this.api.get(query.replace("demo-shop", "home-shop"), basic("home-admin", "kefu-home-admin-demo"))
			.body()).doesNotContain(id);
		assertThat(this.api.get(query, basic("home-admin", "kefu-home-admin-demo")).status())
			.as("another shop's ops see no such shop")
			.isEqualTo(404);
		assertThat(this.api.get(query + "&format=xml", RULES_EDITOR).status()).isEqualTo(400);
		assertThat(this.api.get(query + "&to=" + before, RULES_EDITOR).status()).isEqualTo(400);
	}

	@Test
	void explainsTheRefundLineByLineWithTheItemsNameBeforeTheShopperConfirms() {
		String path = "/api/shopper/returns/settlement?orderId=" + this.orderId
				+ "&lineNumber=1&quantity=1&reason=CHANGED_MIND";
		HttpApi.Response settlement = this.api.get(path, shopperAuth());
		assertThat(settlement.status()).isEqualTo(200);
		// 2600 paid for one scarf; the demo shop carries the return shipping.
		assertThat(settlement.json().at("/refund").decimalValue()).isEqualByComparingTo("2600");
		assertThat(settlement.json().at("/lines/0/text/en").asText()).contains("Silk scarf").doesNotContain("API-1");
		assertThat(settlement.json().at("/lines/1/article/zh-Hans").asText()).contains("第十八条");
		assertThat(settlement.json().at("/lines/1/article/zh-Hant").asText()).contains("第十八條");
		assertThat(settlement.json().at("/lines/1/text/en").asText()).contains("on the shop");
		assertThat(settlement.json().at("/destinations/0/amount").decimalValue()).isEqualByComparingTo("2600");
		HttpApi.Response faulty = this.api.get(path.replace("CHANGED_MIND", "QUALITY_ISSUE"), shopperAuth());
		assertThat(faulty.json().at("/refund").decimalValue()).isEqualByComparingTo("2600");
		assertThat(this.api.get(path.replace("lineNumber=1", "lineNumber=9"), shopperAuth()).status()).isEqualTo(422);
		assertThat(this.api.get(path.replace("quantity=1", "quantity=3"), shopperAuth()).status()).isEqualTo(422);
		assertThat(this.api.get(path, bearer(ShopperTokens.demoShopper("someone-else"))).status()).isEqualTo(422);
	}

	private static String quote(String text) {
		try {
			return new ObjectMapper().writeValueAsString(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = Arrays.copyOf(headers, headers.length + more.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
