package dev.kefu.integrations.http;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.payments.Refunds;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The HTTP adapters against WireMock standing in for the shop's systems: happy paths,
 * refusals, failures, timeouts, reset connections, malformed and partial answers, the
 * breaker opening and recovering, and refunds that are never paid twice.
 */
@SpringBootTest(classes = HttpAdaptersTestConfiguration.class,
		properties = { "kefu.integrations.orders.adapter=http", "kefu.integrations.logistics.adapter=http",
				"kefu.integrations.payments.adapter=http", "kefu.integrations.inventory.adapter=http",
				"kefu.integrations.http.upstreams.orders.read-timeout=500ms",
				"kefu.integrations.http.upstreams.orders.retry-wait=10ms",
				"kefu.integrations.http.upstreams.logistics.read-timeout=500ms",
				"kefu.integrations.http.upstreams.logistics.retry-wait=10ms",
				"kefu.integrations.http.upstreams.logistics.minimum-calls=100",
				"kefu.integrations.http.upstreams.logistics.sliding-window=100",
				"kefu.integrations.http.upstreams.payments.read-timeout=500ms",
				"kefu.integrations.http.upstreams.payments.retry-wait=10ms",
				"kefu.integrations.http.upstreams.payments.minimum-calls=100",
				"kefu.integrations.http.upstreams.payments.sliding-window=100",
				"kefu.integrations.http.upstreams.payments.api-key=test-key",
				"kefu.integrations.http.upstreams.inventory.read-timeout=500ms",
				"kefu.integrations.http.upstreams.inventory.retry-wait=10ms",
				"kefu.integrations.http.upstreams.inventory.max-attempts=1",
				"kefu.integrations.http.upstreams.inventory.sliding-window=4",
				"kefu.integrations.http.upstreams.inventory.minimum-calls=4",
				"kefu.integrations.http.upstreams.inventory.open-for=300ms" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = { "kefu.integrations.http.upstreams.orders.base-url",
		"kefu.integrations.http.upstreams.logistics.base-url", "kefu.integrations.http.upstreams.payments.base-url",
		"kefu.integrations.http.upstreams.inventory.base-url" }))
class HttpAdaptersIntegrationTests {

	private static final RefundRequest REFUND = new RefundRequest("refund:case-1", "shop", "O-1",
			new BigDecimal("99.00"), "CNY");

	@InjectWireMock
	WireMockServer shop;

	@Autowired
	Refunds refunds;

	@Autowired
	ShopOrders orders;

	@Autowired
	Pickups pickups;

	@Autowired
	Inventory inventory;

	@Autowired
	Upstreams upstreams;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void freshJournal() {
		this.shop.resetAll();
	}

	@Test
	void refundsWithTheCasesKeyAndRetriesAServerErrorWithTheSameKey() {
		this.shop.stubFor(post("/refunds").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		this.shop.stubFor(post("/refunds").inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"refundId\": \"R-1\", \"amount\": 99.00, \"status\": \"SETTLED\"}")));
		RefundReceipt receipt = this.refunds.refund(REFUND);
		assertThat(receipt).isEqualTo(new RefundReceipt("R-1", new BigDecimal("99.00"), RefundStatus.SETTLED));
		this.shop.verify(2,
				postRequestedFor(urlPathEqualTo("/refunds")).withHeader("Idempotency-Key", equalTo("refund:case-1"))
					.withHeader("Authorization", equalTo("Bearer test-key"))
					.withRequestBody(WireMock.equalToJson(
							"{\"shopId\": \"shop\", \"orderId\": \"O-1\", \"amount\": 99.00, \"currency\": \"CNY\"}")));
	}

	@Test
	void neverAsksForTwoRefundsOfOneCaseEvenUnderConcurrentRetries() throws Exception {
		this.shop.stubFor(post("/refunds")
			.willReturn(okJson("{\"refundId\": \"R-7\", \"amount\": 99.00, \"status\": \"PENDING\"}")));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<RefundReceipt>> attempts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			attempts.add(pool.submit(() -> this.refunds.refund(REFUND)));
		}
		for (Future<RefundReceipt> attempt : attempts) {
			assertThat(attempt.get().refundId()).isEqualTo("R-7");
		}
		pool.shutdown();
		var requests = this.shop.findAll(postRequestedFor(urlPathEqualTo("/refunds")));
		assertThat(requests).hasSize(8);
		assertThat(requests.stream().map((r) -> r.getHeader("Idempotency-Key")).distinct())
			.as("one idempotency key for the case, so the payment system pays once")
			.containsExactly("refund:case-1");
	}

	@Test
	void doesNotRetryARefusal() {
		this.shop
			.stubFor(post("/refunds").willReturn(aResponse().withStatus(422).withBody("{\"error\": \"over paid\"}")));
		double refusedBefore = retryCalls("failed_without_retry");
		double retriedBefore = retryCalls("failed_with_retry");
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.refunds.refund(REFUND))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.REJECTED))
			.withMessageContaining("422");
		// Counted on Kefu's side: the JDK's client may send a request once more on
		// a pooled connection the server had closed (the first call of a run),
		// which is not a retry.
		assertThat(retryCalls("failed_without_retry")).isEqualTo(refusedBefore + 1);
		assertThat(retryCalls("failed_with_retry")).isEqualTo(retriedBefore);
		this.shop.verify(
				postRequestedFor(urlPathEqualTo("/refunds")).withHeader("Idempotency-Key", equalTo("refund:case-1")));
	}

	private double retryCalls(String kind) {
		var counter = this.meters.find("resilience4j.retry.calls")
			.tag("name", "payments")
			.tag("kind", kind)
			.functionCounter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void givesUpOnASlowSystemAfterItsTimeoutAndRetries() {
		this.shop.stubFor(post("/refunds").willReturn(
				okJson("{\"refundId\": \"R-2\", \"amount\": 1, \"status\": \"SETTLED\"}").withFixedDelay(1500)));
		long started = System.nanoTime();
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.refunds.refund(REFUND))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.FAILED));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1450 * 3));
		this.shop.verify(3, postRequestedFor(urlPathEqualTo("/refunds")));
	}

	@Test
	void treatsResetConnectionsMalformedAndPartialAnswersAsFailures() {
		this.shop.stubFor(post("/pickups").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		PickupRequest request = new PickupRequest("pickup:case-2", new ShopperRef("shop", "s1"), "O-2", "SKU", 1);
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.pickups.book(request))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.FAILED));
		this.shop.stubFor(post("/pickups").willReturn(okJson("{\"bookingId\": \"B-1\", \"carrier\": ")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.pickups.book(request))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.FAILED));
		this.shop.stubFor(post("/pickups").willReturn(okJson("{\"bookingId\": \"B-1\", \"carrier\": \"SF\"}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.pickups.book(request))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.FAILED));
		this.shop.stubFor(post("/pickups").willReturn(okJson("""
				{"bookingId": "B-1", "carrier": "SF Express", "trackingNumber": "SF123",
				 "windowStart": "2026-11-23T01:00:00Z", "windowEnd": "2026-11-23T04:00:00Z"}
				""")));
		PickupBooking booking = this.pickups.book(request);
		assertThat(booking.trackingNumber()).isEqualTo("SF123");
		this.shop.verify(
				postRequestedFor(urlPathEqualTo("/pickups")).withHeader("Idempotency-Key", equalTo("pickup:case-2")));
		this.shop.stubFor(delete("/pickups/B-1").willReturn(aResponse().withStatus(404)));
		this.pickups.cancel("B-1");
	}

	@Test
	void readsOrdersAndTellsAMissingOrderFromAFailure() {
		this.shop.stubFor(get("/shops/shop/orders/O-9").willReturn(okJson("""
				{"orderId": "O-9", "shopperId": "s1", "status": "DELIVERED", "placedAt": "2026-11-10T02:00:00Z",
				 "paidAt": "2026-11-10T02:01:00Z", "deliveredAt": "2026-11-13T08:00:00Z", "currency": "CNY",
				 "lines": [{"lineNumber": 1, "sku": "DRS-1", "title": "连衣裙", "category": "apparel",
				            "unitPrice": 299.00, "quantity": 1,
				            "listingImageUrl": "https://img.shop.example/DRS-1.jpg"},
				           {"lineNumber": 2, "sku": "DRS-2", "title": "衬衫", "category": "apparel",
				            "unitPrice": 199.00, "quantity": 1, "listingImageUrl": "not a url"}]}
				""")));
		this.shop.stubFor(get("/shops/shop/orders/O-404").willReturn(aResponse().withStatus(404)));
		this.shop.stubFor(get("/shops/shop/orders/O-500").willReturn(aResponse().withStatus(500)));
		this.shop.stubFor(get("/shops/shop/shoppers/s1").willReturn(okJson("{\"membershipTier\": \"VIP\"}")));
		ShopOrder order = this.orders.findOrder("shop", "O-9").orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.belongsTo(new ShopperRef("shop", "s1"))).isTrue();
		assertThat(order.lines()).extracting(OrderLine::title).containsExactly("连衣裙", "衬衫");
		assertThat(order.lines()).extracting(OrderLine::listingImageUrl)
			.containsExactly(URI.create("https://img.shop.example/DRS-1.jpg"), null);
		assertThat(this.orders.findOrder("shop", "O-404")).isEmpty();
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.orders.findOrder("shop", "O-500"));
		this.shop.verify(3, getRequestedFor(urlPathEqualTo("/shops/shop/orders/O-500")));
		assertThat(this.orders.membershipTier(new ShopperRef("shop", "s1"))).isEqualTo("VIP");
		assertThat(this.orders.membershipTier(new ShopperRef("shop", "nobody"))).isEqualTo("REGULAR");
	}

	@Test
	void opensTheBreakerOnAFailingSystemStopsCallingItAndRecovers() {
		this.shop.stubFor(get(urlPathEqualTo("/stock")).willReturn(aResponse().withStatus(500)));
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(UpstreamException.class)
				.isThrownBy(() -> this.inventory.available("shop", "SKU"));
		}
		assertThat(this.upstreams.get("inventory").state()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.inventory.available("shop", "SKU"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
		this.shop.verify(4, getRequestedFor(urlPathEqualTo("/stock")));
		this.shop.stubFor(get(urlPathEqualTo("/stock")).willReturn(okJson("{\"sku\": \"SKU\", \"available\": 7}")));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(this.inventory.available("shop", "SKU")).isEqualTo(7);
				assertThat(this.inventory.available("shop", "SKU")).isEqualTo(7);
				assertThat(this.upstreams.get("inventory").state()).isEqualTo(CircuitBreaker.State.CLOSED);
			});
		assertThat(this.meters.find("kefu.upstream.calls")
			.tag("upstream", "inventory")
			.tag("outcome", "unavailable")
			.timer()).isNotNull();
		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "inventory").gauges())
			.isNotEmpty();
	}

}
