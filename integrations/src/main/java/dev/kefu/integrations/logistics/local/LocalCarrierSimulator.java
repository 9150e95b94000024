package dev.kefu.integrations.logistics.local;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pretend carrier for the demo: collects booked return parcels after a while, delivers
 * them to the warehouse after another while, and delivers replacements, each time telling
 * the workflow through the same entry point a carrier's tracking webhook uses.
 */
class LocalCarrierSimulator implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LocalCarrierSimulator.class);

	private final JdbcClient jdbc;

	private final ReturnsWorkflow workflow;

	private final LocalLogisticsSettings settings;

	private final Clock clock;

	private ScheduledExecutorService executor;

	LocalCarrierSimulator(JdbcClient jdbc, ReturnsWorkflow workflow, LocalLogisticsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.settings = settings;
		this.clock = clock;
	}

	void moveParcels() {
		Instant now = this.clock.instant();
		advance("local_pickups", "BOOKED", "PICKED_UP", ParcelEvent.PICKED_UP, now.minus(this.settings.pickupAfter()));
		advance("local_pickups", "PICKED_UP", "DELIVERED", ParcelEvent.DELIVERED,
				now.minus(this.settings.deliveryAfter()));
		advance("local_shipments", "SHIPPED", "DELIVERED", ParcelEvent.DELIVERED,
				now.minus(this.settings.deliveryAfter()));
	}

	private void advance(String table, String from, String to, ParcelEvent event, Instant before) {
		List<String> parcels = this.jdbc
			.sql("select tracking_number from " + table + " where status = ? and updated_at <= ? limit 100")
			.params(from, Timestamp.from(before))
			.query(String.class)
			.list();
		if (parcels.isEmpty()) {
			return;
		}
		// One batch, as a carrier that pushes in bulk reports.
		this.workflow.parcelEvents(null,
				parcels.stream()
					.map((tracking) -> new ParcelUpdate(tracking, event, "local:" + tracking + ":" + event))
					.toList());
		this.jdbc.sql("update " + table + " set status = ?, updated_at = ? where tracking_number = any(?::text[])")
			.params(to, Timestamp.from(this.clock.instant()), parcels.toArray(String[]::new))
			.update();
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("local-carrier").factory());
		this.executor.scheduleWithFixedDelay(() -> {
			try {
				moveParcels();
			}
			catch (RuntimeException ex) {
				logger.warn("The local carrier simulator failed to move parcels; trying again", ex);
			}
		}, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
