package dev.kefu.bot.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.TestOrders;
import dev.kefu.integrations.http.Upstream;
import dev.kefu.integrations.http.Upstreams;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.Refunds;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;

/**
 * The HTTP adapters on this machine: the latency a refund through the payments adapter
 * adds over a bare HTTP call to the same WireMock stub, and what happens to returns while
 * the carrier's system is down (requests accepted while the breaker is open) and how long
 * the backlog takes once it is back. The whole application with its embedded PostgreSQL;
 * WireMock stands for the shop's systems. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.IntegrationsBenchmark}.
 */
public final class IntegrationsBenchmark {

	private static final int CALLS = Integer.getInteger("calls", 2_000);

	private static final int CASES = Integer.getInteger("cases", 500);

	private IntegrationsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		WireMockServer shop = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(20));
		shop.start();
		Path home = Files.createTempDirectory("kefu-integrations-bench");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.structured.format.console=",
					"--logging.level.root=WARN", "--logging.level.dev.kefu.returns.workflow.CaseTaskRunner=ERROR",
					"--kefu.database.embedded.data-directory=" + home.resolve("postgres"),
					"--kefu.knowledge.index-directory=" + home.resolve("kb-index"),
					"--kefu.integrations.logistics.local.simulate-carrier=false",
					"--kefu.integrations.logistics.adapter=http", "--kefu.integrations.payments.adapter=http",
					"--kefu.integrations.http.upstreams.logistics.base-url=" + shop.baseUrl(),
					"--kefu.integrations.http.upstreams.logistics.open-for=2s",
					"--kefu.integrations.http.upstreams.payments.base-url=" + shop.baseUrl(),
					"--kefu.returns.tasks.poll-interval=100ms", "--kefu.returns.tasks.first-retry=500ms",
					"--kefu.returns.tasks.max-retry=2s", "--kefu.returns.tasks.batch-size=100")) {
			print("Kefu integrations benchmark, %s, %d cores, Java %s", Instant.now(),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			latency(app, shop);
			outage(app, shop);
		}
		finally {
			shop.stop();
		}
	}

	private static void latency(ConfigurableApplicationContext app, WireMockServer shop) throws Exception {
		shop.stubFor(post("/refunds")
			.willReturn(okJson("{\"refundId\": \"R-1\", \"amount\": 10.00, \"status\": \"SETTLED\"}")));
		Refunds refunds = app.getBean(Refunds.class);
		HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String body = "{\"shopId\":\"demo-shop\",\"orderId\":\"O-1\",\"amount\":10.00,\"currency\":\"CNY\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/refunds"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "refund:bench")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		RefundRequest refund = new RefundRequest("refund:bench", "demo-shop", "O-1", new BigDecimal("10.00"), "CNY");
		for (int i = 0; i < 500; i++) {
			refunds.refund(refund);
			bare.send(request, HttpResponse.BodyHandlers.ofString());
		}
		long[] adapter = new long[CALLS];
		long[] raw = new long[CALLS];
		for (int i = 0; i < CALLS; i++) {
			long t0 = System.nanoTime();
			refunds.refund(refund);
			long t1 = System.nanoTime();
			bare.send(request, HttpResponse.BodyHandlers.ofString());
			long t2 = System.nanoTime();
			adapter[i] = t1 - t0;
			raw[i] = t2 - t1;
		}
		Arrays.sort(adapter);
		Arrays.sort(raw);
		print("refund through the payments adapter (%d calls, interleaved): p50 %.2f ms, p99 %.2f ms; bare HTTP client "
				+ "to the same stub: p50 %.2f ms, p99 %.2f ms; added p50 %.2f ms (ratio %.2f)", CALLS, ms(adapter, 0.5),
				ms(adapter, 0.99), ms(raw, 0.5), ms(raw, 0.99), ms(adapter, 0.5) - ms(raw, 0.5),
				ms(adapter, 0.5) / ms(raw, 0.5));
	}

	private static void outage(ConfigurableApplicationContext app, WireMockServer shop) throws Exception {
		shop.stubFor(post("/pickups").willReturn(aResponse().withStatus(503)));
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		ReturnsWorkflow workflow = app.getBean(ReturnsWorkflow.class);
		ReturnCaseQueries cases = app.getBean(ReturnCaseQueries.class);
		Upstream logistics = app.getBean(Upstreams.class).get("logistics");
		List<ReturnCaseId> opened = new ArrayList<>();
		long acceptedWhileOpen = 0;
		long started = System.nanoTime();
		for (int i = 0; i < CASES; i++) {
			String shopper = "outage-" + i;
			String order = TestOrders.delivered(jdbc, shopper, 1,
					TestOrders.Line.of("OUT-1", "Shirt", "apparel", "259"));
			boolean breakerOpen = logistics.state() != CircuitBreaker.State.CLOSED;
			ReturnCase c = workflow.open(aReturn().shopper("demo-shop", shopper)
				.order(order)
				.reason(ReturnReason.WRONG_SIZE)
				.key("outage-" + i)
				.build(), Actor.shopper(shopper));
			if (c.state() == CaseState.APPROVED) {
				opened.add(c.id());
				if (breakerOpen) {
					acceptedWhileOpen++;
				}
			}
		}
		double openingSeconds = (System.nanoTime() - started) / 1e9;
		Thread.sleep(3_000);
		long stillWaiting = opened.stream()
			.filter((id) -> cases.find(id).orElseThrow().state() == CaseState.APPROVED)
			.count();
		print("carrier down: %d returns opened in %.1f s, all accepted and approved (%d while the breaker was open, "
				+ "breaker now %s); %d waiting for a pickup, none lost", opened.size(), openingSeconds,
				acceptedWhileOpen, logistics.state(), stillWaiting);
		shop.stubFor(post("/pickups").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"bookingId\": \"B-{{request.headers.Idempotency-Key}}\", \"carrier\": \"SF\", "
					+ "\"trackingNumber\": \"T-{{request.headers.Idempotency-Key}}\", "
					+ "\"windowStart\": \"2026-11-23T01:00:00Z\", \"windowEnd\": \"2026-11-23T04:00:00Z\"}")
			.withTransformers("response-template")));
		long recovered = System.nanoTime();
		while (opened.stream().anyMatch((id) -> cases.find(id).orElseThrow().progress().pickup() == null)) {
			Thread.sleep(100);
			if (System.nanoTime() - recovered > Duration.ofMinutes(5).toNanos()) {
				throw new IllegalStateException("the backlog did not clear within 5 minutes");
			}
		}
		double backlogSeconds = (System.nanoTime() - recovered) / 1e9;
		long bookings = shop.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/pickups"))).size();
		long distinctTracking = opened.stream()
			.map((id) -> cases.find(id).orElseThrow().progress().pickup().trackingNumber())
			.distinct()
			.count();
		print("carrier back: all %d pickups booked %.1f s after recovery (retry waits 0.5–2 s, breaker open for 2 s); "
				+ "%d booking calls in all (failed ones included), %d distinct bookings", opened.size(), backlogSeconds,
				bookings, distinctTracking);
	}

	private static double ms(long[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
