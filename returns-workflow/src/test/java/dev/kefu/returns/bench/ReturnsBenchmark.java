package dev.kefu.returns.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import dev.kefu.returns.MutableClock;
import dev.kefu.returns.ReturnsTestApplication;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ParcelUpdateOutcome;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSets;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;

/**
 * The returns workflow's benchmark: the request simulation (with the default rules and
 * with one rule changed), then transitions per second persisted with history, one carrier
 * event per call and in batches, beside a raw single-row update loop on the same
 * database.
 * <p>
 * {@code ./mvnw -Dbench=returns-workflow -pl returns-workflow -am test-compile exec:exec}
 */
public final class ReturnsBenchmark {

	private static final int REQUESTS = Integer.getInteger("requests", 10_000);

	private static final int THREADS = Integer.getInteger("threads", 4);

	private static final int THROUGHPUT_ROUNDS = Integer.getInteger("throughputRounds", 3);

	private static final int CASES_FOR_THROUGHPUT = Integer.getInteger("throughputCases", 4_000);

	private static final int BATCH = Integer.getInteger("batchSize", 32);

	private ReturnsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReturnsTestApplication.class,
				Changes.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.dev.kefu.returns.workflow.CaseTaskRunner=ERROR")
			.run()) {
			ReturnsWorkflow workflow = context.getBean(ReturnsWorkflow.class);
			RuleSets rules = context.getBean(RuleSets.class);
			ShopSystems shop = context.getBean(ShopSystems.class);
			MutableClock clock = context.getBean(MutableClock.class);
			Changes changes = context.getBean(Changes.class);
			print("Kefu returns benchmark, %s, %d cores, Java %s", Instant.now(),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			String defaults = RuleSets.defaultYaml();
			String changed = defaults.replace("max-amount: 500", "max-amount: 1000")
				.replace("max-amount: 200", "max-amount: 500");
			if (changed.equals(defaults)) {
				throw new IllegalStateException("the rule change did not apply");
			}
			if (REQUESTS > 0) {
				simulate("default rules", "sim-default-" + System.nanoTime(), null, workflow, rules, shop, clock,
						changes);
				simulate("auto-approve up to 1000, refund at pickup up to 500", "sim-changed-" + System.nanoTime(),
						changed, workflow, rules, shop, clock, changes);
			}
			// The first rounds warm the JIT up for both loops; compare the last.
			for (int round = 1; round <= THROUGHPUT_ROUNDS; round++) {
				changes.queue.clear();
				print("throughput round %d of %d", round, THROUGHPUT_ROUNDS);
				throughput(context, workflow, shop, clock, changes);
			}
		}
	}

	private static void simulate(String label, String shopId, String rulesYaml, ReturnsWorkflow workflow,
			RuleSets rules, ShopSystems shop, MutableClock clock, Changes changes) {
		changes.queue.clear();
		long started = System.nanoTime();
		ReturnsSimulation.Result result = new ReturnsSimulation(workflow, rules, shop, clock, changes.queue, 42)
			.run(shopId, rulesYaml, REQUESTS, Duration.ofDays(7));
		double seconds = (System.nanoTime() - started) / 1e9;
		print("simulation (%s): %d requests over 7 simulated days, %.0f s of real time", label, result.requests(),
				seconds);
		print("  auto-approved on the spot %.1f%%, rejected on the spot %.1f%%, needed a person %.1f%%",
				100 * result.autoApproved(), 100 * result.rejected(), 100 * result.needingPerson());
		print("  refunded %d; request to money back: median %.1f h, p90 %.1f h; %.1f%% within 48 h; completed %.1f%%",
				result.refunded(), result.medianHours(), result.p90Hours(), 100 * result.refundedWithinTwoDays(),
				100 * result.completed());
	}

	private static void throughput(ConfigurableApplicationContext context, ReturnsWorkflow workflow, ShopSystems shop,
			MutableClock clock, Changes changes) throws Exception {
		ReturnCaseQueries cases = context.getBean(ReturnCaseQueries.class);
		List<String> trackings = new ArrayList<>();
		String shopId = "tput-" + System.nanoTime();
		for (int i = 0; i < CASES_FOR_THROUGHPUT; i++) {
			ShopperRef shopper = new ShopperRef(shopId, "t" + i);
			ShopOrder order = shop.deliveredOrder(shopper, Duration.ofDays(1),
					new OrderLine(1, "T-" + i, "t", "apparel", new BigDecimal("99.00"), 1));
			workflow.open(aReturn().shopper(shopper)
				.order(order.orderId())
				.reason(ReturnReason.WRONG_SIZE)
				.key("t-" + i)
				.origin(Origin.API)
				.build(), Actor.SYSTEM);
		}
		for (int pass = 0; workflow.runDueTasks() > 0; pass++) {
			changes.queue.clear();
			if (pass == 1_000) {
				throw new IllegalStateException("the due tasks keep coming back");
			}
		}
		for (ReturnCase c : cases.inStates(List.of(CaseState.PICKUP_BOOKED), 100_000)) {
			if (c.request().shopper().shopId().equals(shopId)) {
				trackings.add(c.progress().pickup().trackingNumber());
			}
		}
		changes.queue.clear();
		// Half the parcels report one event per call, half in batches, as a carrier that
		// pushes many events at once (or a tracking poll) does.
		List<String> single = trackings.subList(0, trackings.size() / 2);
		List<String> batched = trackings.subList(single.size(), trackings.size());
		int transitions = single.size() * 2;
		CpuTime beforeWorkflow = CpuTime.now();
		double workflowRate = timed(single.size(), (i) -> {
			workflow.parcelEvent(single.get(i), ParcelEvent.PICKED_UP, null);
			workflow.parcelEvent(single.get(i), ParcelEvent.DELIVERED, null);
		}) * 2;
		String workflowCpu = CpuTime.now().perOperationSince(beforeWorkflow, transitions);
		changes.queue.clear();
		int batches = (batched.size() + BATCH - 1) / BATCH;
		CpuTime beforeBatched = CpuTime.now();
		double batchedRate = timed(batches, (b) -> {
			List<String> parcels = batched.subList(b * BATCH, Math.min(batched.size(), (b + 1) * BATCH));
			for (ParcelEvent event : List.of(ParcelEvent.PICKED_UP, ParcelEvent.DELIVERED)) {
				List<ParcelUpdateOutcome> outcomes = workflow.parcelEvents(null,
						parcels.stream().map((t) -> new ParcelUpdate(t, event, null)).toList());
				if (outcomes.stream().anyMatch((o) -> o.refused() != null || !o.matched())) {
					throw new IllegalStateException("a batched tracking event was not applied");
				}
			}
		}) * batched.size() * 2 / batches;
		String batchedCpu = CpuTime.now().perOperationSince(beforeBatched, batched.size() * 2);
		changes.queue.clear();
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		jdbc.sql("drop table if exists bench_raw_rows").update();
		jdbc.sql("create table bench_raw_rows (id int primary key, state text not null, version bigint not null)")
			.update();
		jdbc.sql("insert into bench_raw_rows select g, 'PICKUP_BOOKED', 0 from generate_series(0, ?) g")
			.param(single.size())
			.update();
		CpuTime beforeRaw = CpuTime.now();
		double rawRate = timed(single.size(), (i) -> {
			jdbc.sql("update bench_raw_rows set state = 'IN_TRANSIT', version = version + 1 where id = ?")
				.param(i)
				.update();
			jdbc.sql("update bench_raw_rows set state = 'RECEIVED', version = version + 1 where id = ?")
				.param(i)
				.update();
		}) * 2;
		String rawCpu = CpuTime.now().perOperationSince(beforeRaw, transitions);
		jdbc.sql("drop table bench_raw_rows").update();
		print("raw single-row update loop: %.0f/s in %d threads; CPU per update: %s", rawRate, THREADS, rawCpu);
		print("transitions persisted with history and deadlines, one event per call: %d, %.0f/s, ratio %.2f;"
				+ " CPU per transition: %s", transitions, workflowRate, workflowRate / rawRate, workflowCpu);
		print("  in batches of %d events: %d, %.0f/s, ratio %.2f; CPU per transition: %s", BATCH, batched.size() * 2,
				batchedRate, batchedRate / rawRate, batchedCpu);
	}

	/**
	 * Runs {@code body(i)} for every i on the benchmark's threads; answers calls per
	 * second.
	 */
	private static double timed(int count, IntConsumer body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					body.accept(i);
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		return count / ((System.nanoTime() - started) / 1e9);
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

	/**
	 * Collects what the workflow publishes, for the simulation's shoppers and carriers to
	 * react to.
	 */
	static class Changes {

		final ConcurrentLinkedQueue<ReturnCaseChanged> queue = new ConcurrentLinkedQueue<>();

		@EventListener
		void on(ReturnCaseChanged changed) {
			this.queue.add(changed);
		}

	}

}
