package dev.kefu.integrations.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP adapters and {@code docs/integrations-openapi.yaml} agree: WireMock answers
 * every documented operation with the document's own example, every adapter method is
 * called, and then each request the adapters made must be a documented operation with its
 * required headers and body fields, and every documented operation must have been used.
 */
@SpringBootTest(classes = HttpAdaptersTestConfiguration.class,
		properties = { "kefu.integrations.orders.adapter=http", "kefu.integrations.logistics.adapter=http",
				"kefu.integrations.payments.adapter=http", "kefu.integrations.inventory.adapter=http",
				"kefu.integrations.http.upstreams.orders.max-attempts=1",
				"kefu.integrations.http.upstreams.logistics.max-attempts=1",
				"kefu.integrations.http.upstreams.payments.max-attempts=1",
				"kefu.integrations.http.upstreams.inventory.max-attempts=1" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = { "kefu.integrations.http.upstreams.orders.base-url",
		"kefu.integrations.http.upstreams.logistics.base-url", "kefu.integrations.http.upstreams.payments.base-url",
		"kefu.integrations.http.upstreams.inventory.base-url" }))
class HttpAdapterContractTests {

	private static final Path CONTRACT = Path.of("..", "docs", "integrations-openapi.yaml");

	private static final ObjectMapper JSON = new ObjectMapper();

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

	@Test
	void theAdaptersCallExactlyTheDocumentedOperationsAndReadTheirExamples() throws IOException {
		JsonNode contract = new YAMLMapper().readTree(CONTRACT.toFile());
		List<Operation> operations = operations(contract);
		operations.forEach((op) -> this.shop.stubFor(op.stub()));

		ShopperRef shopper = new ShopperRef("demo-shop", "xiaomei");
		assertThat(this.orders.recentOrders(shopper, 5)).singleElement()
			.satisfies((o) -> assertThat(o.lines()).isNotEmpty());
		assertThat(this.orders.findOrder("demo-shop", "KF20261001")).hasValueSatisfying((order) -> {
			// The optional fields of the contract: SAMR Art. 7/20 and the settlement
			// terms.
			assertThat(order.lines()).extracting((l) -> l.exclusionConfirmedAtPurchase()).containsExactly(false, true);
			assertThat(order.terms().discounts()).singleElement()
				.satisfies((d) -> assertThat(d.threshold()).isEqualByComparingTo("300"));
			assertThat(order.terms().payments()).extracting((p) -> p.stored()).containsExactly(false, true);
			assertThat(order.terms().shipping().freeShippingThreshold()).isEqualByComparingTo("99");
		});
		assertThat(this.orders.membershipTier(shopper)).isEqualTo("VIP");
		assertThat(this.pickups.book(new PickupRequest("pickup:c1", shopper, "KF20261001", "DRS-0231-M-BLU", 1))
			.trackingNumber()).isNotBlank();
		this.pickups.cancel("PU123");
		assertThat(this.tracking.track("demo-shop", "KF20261002")).isPresent();
		assertThat(this.shipments
			.ship(new ReplacementRequest("replacement:c1", shopper, "KF20261001", "DRS-0231-S-BLU", 1))
			.trackingNumber()).isNotBlank();
		assertThat(this.refunds
			.refund(new RefundRequest("refund:c1", "demo-shop", "KF20261001", new BigDecimal("299.00"), "CNY"))
			.refundId()).isNotBlank();
		assertThat(this.refunds.status("RF8842")).isNotNull();
		assertThat(this.inventory.available("demo-shop", "DRS-0231-S-BLU")).isEqualTo(12);
		assertThat(this.inventory.otherVariants("demo-shop", "DRS-0231-M-BLU")).isNotEmpty();
		assertThat(this.inventory.reserve("demo-shop", "DRS-0231-S-BLU", 1, "exchange:c1")).isTrue();
		this.inventory.release("demo-shop", "exchange:c1");

		Set<Operation> used = new HashSet<>();
		for (LoggedRequest request : this.shop.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()))) {
			Operation op = operations.stream()
				.filter((o) -> o.matches(request))
				.findFirst()
				.orElseThrow(() -> new AssertionError(
						"Not in the contract: " + request.getMethod() + " " + request.getUrl()));
			used.add(op);
			op.requiredHeaders()
				.forEach((header) -> assertThat(request.getHeader(header)).as(op + " needs header " + header)
					.isNotBlank());
			op.requiredQuery()
				.forEach((name) -> assertThat(request.queryParameter(name).isPresent()).as(op + " needs ?" + name)
					.isTrue());
			if (!op.requiredBody().isEmpty()) {
				JsonNode body = JSON.readTree(request.getBodyAsString());
				op.requiredBody()
					.forEach((field) -> assertThat(body.hasNonNull(field)).as(op + " needs body field " + field)
						.isTrue());
			}
		}
		assertThat(used).as("every documented operation is used by an adapter")
			.containsExactlyInAnyOrderElementsOf(operations);
	}

	private static List<Operation> operations(JsonNode contract) {
		List<Operation> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
			while (methods.hasNext()) {
				Map.Entry<String, JsonNode> method = methods.next();
				operations.add(Operation.of(contract, path.getKey(), method.getKey().toUpperCase(), method.getValue()));
			}
		}
		return operations;
	}

	/**
	 * One documented operation.
	 */
	private record Operation(String method, String path, int status, String example, List<String> requiredHeaders,
			List<String> requiredQuery, List<String> requiredBody) {

		static Operation of(JsonNode contract, String path, String method, JsonNode spec) {
			List<String> headers = new ArrayList<>();
			List<String> query = new ArrayList<>();
			for (JsonNode parameter : spec.path("parameters")) {
				JsonNode p = resolve(contract, parameter);
				if (p.path("required").asBoolean()) {
					if ("header".equals(p.path("in").asText())) {
						headers.add(p.path("name").asText());
					}
					if ("query".equals(p.path("in").asText())) {
						query.add(p.path("name").asText());
					}
				}
			}
			List<String> body = new ArrayList<>();
			JsonNode schema = resolve(contract,
					spec.path("requestBody").path("content").path("application/json").path("schema"));
			schema.path("required").forEach((r) -> body.add(r.asText()));
			Map.Entry<String, JsonNode> ok = null;
			for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("responses").fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> response = it.next();
				if (response.getKey().startsWith("2") && ok == null) {
					ok = response;
				}
			}
			JsonNode example = ok.getValue().path("content").path("application/json").path("example");
			return new Operation(method, path, Integer.parseInt(ok.getKey()),
					example.isMissingNode() ? null : example.toString(), headers, query, body);
		}

		private static JsonNode resolve(JsonNode contract, JsonNode node) {
			if (node.has("$ref")) {
				String[] parts = node.get("$ref").asText().substring(2).split("/");
				JsonNode target = contract;
				for (String part : parts) {
					target = target.path(part);
				}
				return target;
			}
			return node;
		}

		MappingBuilder stub() {
			var response = WireMock.aResponse().withStatus(this.status);
			if (this.example != null) {
				response.withHeader("Content-Type", "application/json").withBody(this.example);
			}
			return WireMock.request(this.method, WireMock.urlPathTemplate(this.path)).willReturn(response);
		}

		boolean matches(LoggedRequest request) {
			String pattern = this.path.replaceAll("\\{[^}]+}", "[^/]+");
			String requestPath = request.getUrl().split("\\?")[0];
			return this.method.equals(request.getMethod().getName()) && requestPath.matches(pattern);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
