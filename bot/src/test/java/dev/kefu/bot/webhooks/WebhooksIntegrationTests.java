package dev.kefu.bot.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.integrations.webhooks.WebhookVerifier;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The carrier's and payment system's webhooks: signed, fresh, de-duplicated, and moving
 * the case once however often they are delivered.
 */
@KefuIntegrationTest
class WebhooksIntegrationTests {

	private static final String SECRET = "kefu-demo-webhook-secret-not-for-production";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnCaseQueries cases;

	@Autowired
	ReturnCaseQueries history;

	HttpApi api;

	ReturnCase booked;

	@BeforeEach
	void aCaseWithABookedPickup() {
		this.api = new HttpApi(this.port);
		String shopper = "hook-" + UUID.randomUUID().toString().substring(0, 8);
		String orderId = TestOrders.delivered(this.jdbc, shopper, 1,
				TestOrders.Line.of("HOOK-1", "Linen shirt", "apparel", "399"));
		String id = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "WRONG_SIZE"}
				""".formatted(orderId), bearer(ShopperTokens.demoShopper(shopper))).json().at("/id").asText();
		ReturnCaseId caseId = ReturnCaseId.of(id);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.cases.find(caseId).orElseThrow().state() == CaseState.PICKUP_BOOKED);
		this.booked = this.cases.find(caseId).orElseThrow();
	}

	private String trackingEvent(String eventId, String status) {
		return """
				{"eventId": "%s", "trackingNumber": "%s", "status": "%s"}
				""".formatted(eventId, this.booked.progress().pickup().trackingNumber(), status);
	}

	private HttpApi.Response send(String path, String body, long timestamp, String secret) {
		String ts = Long.toString(timestamp);
		return this.api.post(path, body, "Content-Type", "application/json", "X-Kefu-Shop", "demo-shop",
				"X-Kefu-Timestamp", ts, "X-Kefu-Signature",
				WebhookVerifier.signature(secret, ts, body.getBytes(StandardCharsets.UTF_8)));
	}

	private long now() {
		return Instant.now().getEpochSecond();
	}

	@Test
	void movesTheCaseOnceWhenTheSameEventArrivesFiveTimesAtOnce() throws Exception {
		String body = trackingEvent("evt-" + UUID.randomUUID(), "PICKED_UP");
		ExecutorService pool = Executors.newFixedThreadPool(5);
		List<Future<HttpApi.Response>> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(pool.submit(() -> send("/api/webhooks/logistics", body, now(), SECRET)));
		}
		for (Future<HttpApi.Response> call : calls) {
			assertThat(call.get().status()).isEqualTo(200);
		}
		pool.shutdown();
		ReturnCase after = this.cases.find(this.booked.id()).orElseThrow();
		assertThat(after.state()).isIn(CaseState.IN_TRANSIT, CaseState.REFUNDED, CaseState.COMPLETED);
		assertThat(this.history.history(this.booked.id())).extracting(HistoryEntry::event)
			.filteredOn((e) -> e == CaseEvent.PARCEL_PICKED_UP)
			.hasSize(1);
		HttpApi.Response again = send("/api/webhooks/logistics", body, now(), SECRET);
		assertThat(again.json().at("/duplicate").asBoolean()).isTrue();
	}

	@Test
	void appliesABatchOfTrackingEventsInOrderEachOnceAndAnswersForEach() {
		String tracking = this.booked.progress().pickup().trackingNumber();
		String picked = "bp-" + UUID.randomUUID();
		String delivered = "bd-" + UUID.randomUUID();
		String stranger = "bx-" + UUID.randomUUID();
		String body = """
				{"events": [
				  {"eventId": "%1$s", "trackingNumber": "%3$s", "status": "PICKED_UP"},
				  {"eventId": "%2$s", "trackingNumber": "%3$s", "status": "DELIVERED"},
				  {"eventId": "%1$s", "trackingNumber": "%3$s", "status": "PICKED_UP"},
				  {"eventId": "%4$s", "trackingNumber": "NOT-A-KEFU-PARCEL", "status": "DELIVERED"}
				]}
				""".formatted(picked, delivered, tracking, stranger);
		HttpApi.Response response = send("/api/webhooks/logistics/batch", body, now(), SECRET);
		assertThat(response.status()).isEqualTo(200);
		var results = response.json().at("/results");
		assertThat(results).hasSize(4);
		assertThat(results.get(0).at("/state").asText()).isEqualTo("IN_TRANSIT");
		assertThat(results.get(1).at("/state").asText()).isEqualTo("RECEIVED");
		assertThat(results.get(1).at("/caseId").asText()).isEqualTo(this.booked.id().toString());
		assertThat(results.get(2).at("/duplicate").asBoolean()).isTrue();
		assertThat(results.get(3).at("/matched").asBoolean()).isFalse();
		assertThat(this.history.history(this.booked.id())).extracting(HistoryEntry::event)
			.filteredOn((e) -> e == CaseEvent.PARCEL_PICKED_UP || e == CaseEvent.PARCEL_DELIVERED)
			.containsExactly(CaseEvent.PARCEL_PICKED_UP, CaseEvent.PARCEL_DELIVERED);
		HttpApi.Response again = send("/api/webhooks/logistics/batch", body, now(), SECRET);
		assertThat(again.json().at("/results").findValuesAsText("duplicate")).containsOnly("true");
		assertThat(this.history.history(this.booked.id())).extracting(HistoryEntry::event)
			.filteredOn((e) -> e == CaseEvent.PARCEL_PICKED_UP || e == CaseEvent.PARCEL_DELIVERED)
			.hasSize(2);
	}

	@Test
	void refusesAnEmptyOversizedOrUnsignedBatchAndChangesNothing() {
		String event = """
				{"eventId": "%s", "trackingNumber": "%s", "status": "PICKED_UP"}
				""".formatted("over-" + UUID.randomUUID(), this.booked.progress().pickup().trackingNumber()).strip();
		String oversized = "{\"events\": [" + String.join(",", Collections.nCopies(501, event)) + "]}";
		HttpApi.Response tooMany = send("/api/webhooks/logistics/batch", oversized, now(), SECRET);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().at("/detail").asText()).contains("1 to 500");
		assertThat(send("/api/webhooks/logistics/batch", "{\"events\": []}", now(), SECRET).status()).isEqualTo(400);
		String one = "{\"events\": [" + event + "]}";
		assertThat(send("/api/webhooks/logistics/batch", one, now(), "not-the-secret").status()).isEqualTo(401);
		assertThat(this.cases.find(this.booked.id()).orElseThrow().version()).isEqualTo(this.booked.version());
	}

	@Test
	void refusesUnsignedBadlySignedStaleAndMalformedCallsAndChangesNothing() {
		String body = trackingEvent("evt-" + UUID.randomUUID(), "DELIVERED");
		HttpApi.Response unsigned = this.api.post("/api/webhooks/logistics", body, "Content-Type", "application/json",
				"X-Kefu-Shop", "demo-shop");
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(unsigned.json().at("/reason").asText()).isEqualTo("BAD_SIGNATURE");
		assertThat(send("/api/webhooks/logistics", body, now(), "another-secret-of-at-least-32-characters").status())
			.isEqualTo(401);
		HttpApi.Response stale = send("/api/webhooks/logistics", body, now() - 600, SECRET);
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.json().at("/reason").asText()).isEqualTo("STALE");
		HttpApi.Response malformed = send("/api/webhooks/logistics", "{\"eventId\": \"x\", \"status\": \"LOST\"}",
				now(), SECRET);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().at("/detail").asText()).contains("TrackingEvent");
		String ts = Long.toString(now());
		HttpApi.Response tampered = this.api.post("/api/webhooks/logistics", body.replace("DELIVERED", "PICKED_UP"),
				"Content-Type", "application/json", "X-Kefu-Shop", "demo-shop", "X-Kefu-Timestamp", ts,
				"X-Kefu-Signature", WebhookVerifier.signature(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)));
		assertThat(tampered.status()).isEqualTo(401);
		HttpApi.Response unknownShop = this.api.post("/api/webhooks/logistics", body, "Content-Type",
				"application/json", "X-Kefu-Shop", "other-shop", "X-Kefu-Timestamp", ts, "X-Kefu-Signature",
				WebhookVerifier.signature(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)));
		assertThat(unknownShop.status()).isEqualTo(401);
		assertThat(this.cases.find(this.booked.id()).orElseThrow().version()).isEqualTo(this.booked.version());
	}

	@Test
	void refusesARefundResultForACaseThatIsNotTheShopsOrNotKnown() {
		String unknown = """
				{"eventId": "pay-%s", "idempotencyKey": "refund:%s", "status": "SETTLED"}
				""".formatted(UUID.randomUUID(), UUID.randomUUID());
		assertThat(send("/api/webhooks/payments", unknown, now(), SECRET).status()).isEqualTo(404);
		String notAKey = """
				{"eventId": "pay-%s", "idempotencyKey": "something", "status": "SETTLED"}
				""".formatted(UUID.randomUUID());
		assertThat(send("/api/webhooks/payments", notAKey, now(), SECRET).status()).isEqualTo(400);
		String tooEarly = """
				{"eventId": "pay-%s", "idempotencyKey": "refund:%s", "status": "FAILED"}
				""".formatted(UUID.randomUUID(), this.booked.id());
		HttpApi.Response conflict = send("/api/webhooks/payments", tooEarly, now(), SECRET);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().at("/state").asText()).isEqualTo("PICKUP_BOOKED");
	}

}
