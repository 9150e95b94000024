package dev.kefu.bot.insights;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.ReturnedItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard computed from stored data, on a day in the past that only this test
 * writes to, so the figures are exact: JSON, CSV, the ops page in Chromium, and the
 * Prometheus gauges.
 */
@KefuIntegrationTest
class InsightsIntegrationTests {

	// The ops of a shop of the test's own, whose days are UTC days.
	private static final String[] OPS = basic("insights-ops", "insights-ops-password");

	private static final String DAY = "2020-01-01";

	private static final ObjectMapper STORED = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Shops shops;

	HttpApi api;

	@BeforeEach
	void aDayOfService() throws Exception {
		this.api = new HttpApi(this.port);
		if (!this.shops.exists("insights-shop")) {
			this.shops.create("insights-shop", new ShopSettings(Texts.of("Insights shop"), null, ZoneId.of("UTC"), null,
					null, "CN", null, null, null, null, null), "test");
		}
		this.api.post("/api/admin/staff", """
				{"username": "insights-ops", "password": "insights-ops-password", "shops": {"insights-shop": ["OPS"]}}
				""", basic("admin", "kefu-admin-demo"));
		this.jdbc.sql(
				"delete from conversation_ratings where conversation_id in (select id from conversations where shop_id = 'insights-shop')")
			.update();
		this.jdbc.sql("delete from escalations where shop_id = 'insights-shop'").update();
		this.jdbc.sql(
				"delete from messages where conversation_id in (select id from conversations where shop_id = 'insights-shop')")
			.update();
		this.jdbc.sql("delete from conversations where shop_id = 'insights-shop'").update();
		this.jdbc.sql("delete from return_cases where shop_id = 'insights-shop'").update();
		UUID contained = conversation("a", "app", "08:00", "退款多久到账");
		bot(contained, 2, "refund-time-zh", null, "08:00");
		bot(contained, 3, null, "CSAT_ASK", "08:01");
		this.jdbc
			.sql("insert into conversation_ratings (conversation_id, score, rated_at) values (?, 4, ?::timestamptz)")
			.params(contained, DAY + "T08:02:00Z")
			.update();
		UUID escalated = conversation("b", "web", "10:00", "你们这什么破服务，气死我了");
		this.jdbc.sql("""
				insert into escalations (id, conversation_id, shop_id, shopper_id, status, priority, reasons, language,
				  skills, summary, created_at, claimed_at, first_response_at, closed_at)
				values (?, ?, 'insights-shop', 'b', 'RESOLVED', 1, '{ANGER}', 'zh', '{zh}', 's',
				  ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz)
				""")
			.params(UUID.randomUUID(), escalated, DAY + "T10:00:00Z", DAY + "T10:00:30Z", DAY + "T10:01:00Z",
					DAY + "T10:05:30Z")
			.update();
		UUID cameBack = conversation("c", "app", "12:00", "where is my parcel");
		bot(cameBack, 2, "refund-time-zh", null, "12:00");
		conversation("c", "app", "17:00", "where is my parcel, again");
		returnCase("r1", "APPROVED", "SYSTEM", "REFUNDED");
		returnCase("r2", "UNDER_REVIEW", "SYSTEM", "REJECTED");
	}

	@Test
	void computesTheDayFromWhatWasStored() {
		JsonNode report = this.api.get("/api/ops/insights?from=2020-01-01&to=2020-01-03", OPS).json();
		JsonNode day = report.at("/days/0");
		assertThat(report.at("/days").size()).isEqualTo(1);
		assertThat(day.at("/day").asText()).isEqualTo(DAY);
		assertThat(day.at("/conversations").asInt()).isEqualTo(4);
		assertThat(day.at("/contained").asInt()).as("not the escalated one, not the one the shopper came back after")
			.isEqualTo(2);
		assertThat(day.at("/containment").asDouble()).isEqualTo(0.5);
		assertThat(day.at("/escalations").asInt()).isEqualTo(1);
		assertThat(day.at("/escalationsByReason/ANGER").asInt()).isEqualTo(1);
		assertThat(day.at("/firstHumanReplyP50Seconds").asDouble()).isEqualTo(60.0);
		assertThat(day.at("/handleTimeP50Seconds").asDouble()).isEqualTo(300.0);
		assertThat(day.at("/csatAverage").asDouble()).isEqualTo(4.0);
		assertThat(day.at("/csatResponseRate").asDouble()).isEqualTo(1.0);
		assertThat(day.at("/returnsOpened").asInt()).isEqualTo(2);
		assertThat(day.at("/returnsAutoApproved").asInt()).isEqualTo(1);
		assertThat(day.at("/returnsReviewed").asInt()).isEqualTo(1);
		assertThat(day.at("/returnsRejected").asInt()).isEqualTo(1);
		assertThat(day.at("/refundCycleP50Hours").asDouble()).isEqualTo(48.0);
		assertThat(report.at("/byLanguage").findValuesAsText("key")).containsExactlyInAnyOrder("en", "zh-Hans");
		assertThat(report.at("/topEntries/0/key").asText()).isEqualTo("refund-time-zh");
		assertThat(report.at("/topEntries/0/count").asInt()).isEqualTo(2);

		HttpApi.Response csv = this.api.get("/api/ops/insights/daily.csv?from=2020-01-01&to=2020-01-03", OPS);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body().lines().toList()).hasSize(2);
		assertThat(csv.body().lines().toList().get(1)).startsWith("2020-01-01,4,2,0.5,1,0.25,");

		assertThat(this.api.get("/api/ops/insights?from=2020-01-03&to=2020-01-01", OPS).status()).isEqualTo(400);
		assertThat(this.api.get("/api/ops/insights", basic("agent", "kefu-agent-demo")).status()).isEqualTo(403);
		// Tests run without the Prometheus registry; the same gauges through the metrics
		// endpoint.
		assertThat(
				this.api.get("/actuator/metrics/kefu.insights.containment", basic("admin", "kefu-admin-demo")).status())
			.isEqualTo(200);
		assertThat(
				this.api.get("/actuator/metrics/kefu.insights.first.human.reply.p90", basic("admin", "kefu-admin-demo"))
					.status())
			.isEqualTo(200);
	}

	@Test
	void theOpsPageDrawsThePeriod() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("insights-ops", "insights-ops-password");
			browser.go("/ops/insights");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .chart")));
			var page = browser.driver();
			((JavascriptExecutor) page)
				.executeScript("document.querySelector('#period [name=from]').value = '2020-01-01';"
						+ "document.querySelector('#period [name=to]').value = '2020-01-03';");
			page.findElement(By.cssSelector("#period button")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
						"2020-01-01 → 2020-01-03 (UTC): days with activity: 1."));
			WebElement containment = page.findElement(By.cssSelector("[data-series^='Containment'] .latest"));
			assertThat(containment.getText()).isEqualTo("50.0%");
			assertThat(page.findElement(By.id("by-language")).getText()).contains("Simplified Chinese 2")
				.contains("English 2");
			assertThat(page.findElements(By.cssSelector("[data-series^='Containment'] svg circle"))).hasSize(1);
		}
	}

	@Test
	void countsTraditionalChineseApartFromSimplified() {
		String day = "2020-01-05";
		conversation(day, "d", "app", "09:00", "我想退貨，請問運費誰出？");
		conversation(day, "e", "app", "09:30", "我想退货，请问运费谁出？");
		conversation(day, "f", "web", "10:00", "請問幾時發貨");
		JsonNode report = this.api.get("/api/ops/insights?from=" + day + "&to=" + day, OPS).json();
		assertThat(report.at("/byLanguage").findValuesAsText("key")).containsExactly("zh-Hant", "zh-Hans");
		assertThat(report.at("/byLanguage/0/conversations").asInt()).isEqualTo(2);
		assertThat(report.at("/byLanguage/1/conversations").asInt()).isEqualTo(1);
	}

	private UUID conversation(String shopper, String channel, String time, String firstWords) {
		return conversation(DAY, shopper, channel, time, firstWords);
	}

	private UUID conversation(String day, String shopper, String channel, String time, String firstWords) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into conversations (id, shop_id, shopper_id, channel, status, created_at, last_seq)
				values (?, 'insights-shop', ?, ?, 'OPEN', ?::timestamptz, 1)
				""").params(id, shopper, channel, day + "T" + time + ":00Z").update();
		this.jdbc.sql("""
				insert into messages (conversation_id, seq, id, sender, body, client_message_id, created_at)
				values (?, 1, ?, 'SHOPPER', ?, ?, ?::timestamptz)
				""")
			.params(id, UUID.randomUUID(), firstWords, UUID.randomUUID().toString(), day + "T" + time + ":00Z")
			.update();
		return id;
	}

	private void bot(UUID conversation, int seq, String entryId, String intent, String time) {
		this.jdbc.sql("""
				insert into messages (conversation_id, seq, id, sender, body, entry_id, intent, created_at)
				values (?, ?, ?, 'BOT', 'answer', ?, ?, ?::timestamptz)
				""").params(conversation, seq, UUID.randomUUID(), entryId, intent, DAY + "T" + time + ":00Z").update();
	}

	private void returnCase(String key, String decided, String actor, String ended) throws Exception {
		UUID id = UUID.randomUUID();
		// A case every reader of return_cases can read, not only the insights.
		ReturnRequest request = aReturn().shopper("insights-shop", "r").order("O-1").key(key).build();
		ReturnedItem item = new ReturnedItem("INS-1", "Insights item", "apparel", BigDecimal.TEN, "CNY");
		this.jdbc.sql("""
				insert into return_cases (case_id, shop_id, shopper_id, kind, order_id, line_number, quantity, amount,
				  request_key, state, version, created_at, updated_at, request, item, progress)
				values (?, 'insights-shop', 'r', 'RETURN', 'O-1', 1, 1, 10, ?, ?, 3, ?::timestamptz, ?::timestamptz,
				  ?::jsonb, ?::jsonb, ?::jsonb)
				""")
			.params(id, key, ended, DAY + "T09:00:00Z", DAY + "T09:00:00Z", STORED.writeValueAsString(request),
					STORED.writeValueAsString(item), STORED.writeValueAsString(CaseProgress.start(CaseKind.RETURN)))
			.update();
		String[][] history = { { "1", "REQUESTED", "SHOPPER", DAY + "T09:00:00Z" },
				{ "2", decided, actor, DAY + "T09:00:01Z" }, { "3", ended, "SYSTEM", "2020-01-03T09:00:00Z" } };
		for (String[] h : history) {
			this.jdbc.sql("""
					insert into return_case_history (case_id, seq, at, actor_type, actor_name, to_state)
					values (?, ?, ?::timestamptz, ?, 'test', ?)
					""").params(id, Integer.parseInt(h[0]), h[3], h[2], h[1]).update();
		}
	}

}
