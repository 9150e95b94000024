package dev.kefu.integrations.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementRequest;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.Refunds;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every HTTP adapter against every way a shop system goes wrong: server errors, refusals,
 * answers too slow, reset connections, malformed and partial JSON. Each ends in a clear
 * {@link UpstreamException} of the right kind, never a wrong answer.
 */
@SpringBootTest(classes = HttpAdaptersTestConfiguration.class,
		properties = { "kefu.integrations.orders.adapter=http", "kefu.integrations.logistics.adapter=http",
				"kefu.integrations.payments.adapter=http", "kefu.integrations.inventory.adapter=http",
				"kefu.integrations.http.upstreams.orders.read-timeout=300ms",
				"kefu.integrations.http.upstreams.logistics.read-timeout=300ms",
				"kefu.integrations.http.upstreams.payments.read-timeout=300ms",
				"kefu.integrations.http.upstreams.inventory.read-timeout=300ms",
				"kefu.integrations.http.upstreams.orders.max-attempts=2",
				"kefu.integrations.http.upstreams.logistics.max-attempts=2",
				"kefu.integrations.http.upstreams.payments.max-attempts=2",
				"kefu.integrations.http.upstreams.inventory.max-attempts=2",
				"kefu.integrations.http.upstreams.orders.retry-wait=5ms",
				"kefu.integrations.http.upstreams.logistics.retry-wait=5ms",
				"kefu.integrations.http.upstreams.payments.retry-wait=5ms",
				"kefu.integrations.http.upstreams.inventory.retry-wait=5ms",
				"kefu.integrations.http.upstreams.orders.sliding-window=1000",
				"kefu.integrations.http.upstreams.logistics.sliding-window=1000",
				"kefu.integrations.http.upstreams.payments.sliding-window=1000",
				"kefu.integrations.http.upstreams.inventory.sliding-window=1000",
				"kefu.integrations.http.upstreams.orders.minimum-calls=1000",
				"kefu.integrations.http.upstreams.logistics.minimum-calls=1000",
				"kefu.integrations.http.upstreams.payments.minimum-calls=1000",
				"kefu.integrations.http.upstreams.inventory.minimum-calls=1000" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = { "kefu.integrations.http.upstreams.orders.base-url",
		"kefu.integrations.http.upstreams.logistics.base-url", "kefu.integrations.http.upstreams.payments.base-url",
		"kefu.integrations.http.upstreams.inventory.base-url" }))
class AdapterFailureModesTests {

	private static final ShopperRef SHOPPER = new ShopperRef("shop", "s1");

	@InjectWireMock
	WireMockServer shop;

	@Autowired
	ShopOrders orders;

	@Autowired
	Pickups pickups;

	@Autowired
	ReplacementShipments shipments;

	@Autowired
	ParcelTracking tracking;

	@Autowired
	Refunds refunds;

	@Autowired
	Inventory inventory;

	@BeforeEach
	void reset() {
		this.shop.resetAll();
	}

	static Stream<Arguments> failures() {
		List<Adapter> adapters = List.of(
				new Adapter("orders", WireMock.get(WireMock.urlPathMatching("/shops/.*")),
						(t) -> t.orders.recentOrders(SHOPPER, 5)),
				new Adapter("pickups", WireMock.post("/pickups"),
						(t) -> t.pickups.book(new PickupRequest("pickup:c", SHOPPER, "O", "SKU", 1))),
				new Adapter("shipments", WireMock.post("/shipments"),
						(t) -> t.shipments.ship(new ReplacementRequest("replacement:c", SHOPPER, "O", "SKU", 1))),
				new Adapter("tracking", WireMock.get(WireMock.urlPathMatching("/shops/.*/parcel")),
						(t) -> t.tracking.track("shop", "O")),
				new Adapter("refunds", WireMock.post("/refunds"),
						(t) -> t.refunds.refund(new RefundRequest("refund:c", "shop", "O", BigDecimal.TEN, "CNY"))),
				new Adapter("inventory", WireMock.get(WireMock.urlPathEqualTo("/stock")),
						(t) -> t.inventory.available("shop", "SKU")));
		List<Failure> failures = List.of(
				new Failure("server error", aResponse().withStatus(503), UpstreamException.Kind.FAILED),
				new Failure("refusal", aResponse().withStatus(400).withBody("{\"error\": \"bad\"}"),
						UpstreamException.Kind.REJECTED),
				new Failure("too slow", okJson("{}").withFixedDelay(1_000), UpstreamException.Kind.FAILED),
				new Failure("reset connection", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
						UpstreamException.Kind.FAILED),
				new Failure("malformed JSON", okJson("{\"a\": [1, 2"), UpstreamException.Kind.FAILED),
				new Failure("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
						UpstreamException.Kind.FAILED),
				new Failure("partial JSON", okJson("{\"sku\": null}"), UpstreamException.Kind.FAILED));
		return adapters.stream().flatMap((a) -> failures.stream().map((f) -> Arguments.of(a, f)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("failures")
	void endsInAClearUpstreamError(Adapter adapter, Failure failure) {
		this.shop.stubFor(adapter.request().willReturn(failure.response()));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> adapter.call().accept(this))
			.satisfies((ex) -> Assertions.assertThat(ex.kind()).isEqualTo(failure.kind()));
	}

	record Adapter(String name, MappingBuilder request, Consumer<AdapterFailureModesTests> call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	record Failure(String name, ResponseDefinitionBuilder response, UpstreamException.Kind kind) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
