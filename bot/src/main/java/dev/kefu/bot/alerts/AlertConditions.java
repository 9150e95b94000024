package dev.kefu.bot.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is wrong right now, measured from the database and the meters: each firing
 * condition by key, with what was measured.
 */
@Component
class AlertConditions {

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	private final AlertSettings settings;

	private final Clock clock;

	private final Shops shops;

	AlertConditions(JdbcClient jdbc, MeterRegistry meters, AlertSettings settings, Shops shops, Clock clock) {
		this.jdbc = jdbc;
		this.shops = shops;
		this.meters = meters;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The conditions firing now, and every key that was checked. Queue, anger and
	 * containment are per shop (keys end in {@code :shopId}), each against that shop's
	 * thresholds when it set its own; upstream systems are shared.
	 * @return firing keys with their detail; checked keys that are fine map to null
	 */
	Map<String, String> now() {
		Instant now = this.clock.instant();
		Map<String, String> conditions = new LinkedHashMap<>();
		Map<String, Long> atRisk = countsByShop("""
				select shop_id, count(*) from escalations
				where status = 'WAITING' and first_response_at is null and at_risk_at is not null group by shop_id
				""", null);
		Map<String, Long> angry = countsByShop(
				"select shop_id, count(*) from escalations where 'ANGER' = any(reasons) and created_at >= ? group by shop_id",
				Timestamp.from(now.minus(this.settings.angryWindow())));
		Map<String, long[]> days = this.jdbc
			.sql("""
					select shop_id, count(*) as total,
					       count(*) filter (where not exists (select 1 from escalations e where e.conversation_id = c.id)) as contained
					from conversations c where c.created_at >= ? group by shop_id
					""")
			.param(Timestamp.from(now.minus(Duration.ofHours(24))))
			.query((row, n) -> Map.entry(row.getString("shop_id"),
					new long[] { row.getLong("total"), row.getLong("contained") }))
			.list()
			.stream()
			.collect(TreeMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
		// Every shop with settings, with anything counted, or with an alert still
		// firing (so that it resolves once its counts drop to nothing).
		Set<String> shops = new TreeSet<>(atRisk.keySet());
		shops.addAll(angry.keySet());
		shops.addAll(days.keySet());
		this.shops.all().forEach((stored) -> shops.add(stored.shopId()));
		this.jdbc.sql(
				"select split_part(key, ':', 2) from alert_states where firing and key like '%:%' and key not like 'upstream-down:%'")
			.query(String.class)
			.list()
			.forEach(shops::add);
		for (String shop : shops) {
			Thresholds limits = thresholdsOf(shop);
			long waiting = atRisk.getOrDefault(shop, 0L);
			conditions.put("queue-wait:" + shop,
					(waiting >= limits.queueAtRisk())
							? shop + ": " + waiting
									+ " waiting conversation(s) past the alert point of their first-response target"
							: null);
			long surge = angry.getOrDefault(shop, 0L);
			conditions.put("angry-surge:" + shop,
					(surge >= limits.angrySurge()) ? shop + ": " + surge
							+ " conversations escalated for anger in the last " + minutes(this.settings.angryWindow())
							: null);
			long[] day = days.getOrDefault(shop, new long[] { 0, 0 });
			double containment = (day[0] == 0) ? 1 : (double) day[1] / day[0];
			conditions.put("containment-low:" + shop, (day[0] >= this.settings.containmentMinimum()
					&& containment < limits.containmentFloor()) ? String.format(
							"%s: containment %.1f %% over the last 24 h (%d conversations), below the %.0f %% floor",
							shop, containment * 100, day[0], limits.containmentFloor() * 100) : null);
		}
		for (Gauge state : this.meters.find("resilience4j.circuitbreaker.state").tag("state", "open").gauges()) {
			String name = state.getId().getTag("name");
			conditions.put("upstream-down:" + name,
					(state.value() >= 1) ? "the " + name + " system is not answering (circuit breaker open)" : null);
		}
		return conditions;
	}

	private Map<String, Long> countsByShop(String sql, Timestamp since) {
		var statement = this.jdbc.sql(sql);
		if (since != null) {
			statement = statement.param(since);
		}
		return statement.query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(TreeMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
	}

	private Thresholds thresholdsOf(String shopId) {
		ShopSettings.Alerts own = this.shops.exists(shopId) ? this.shops.of(shopId).alerts() : null;
		return (own != null) ? new Thresholds(own.queueAtRisk(), own.angrySurge(), own.containmentFloor())
				: new Thresholds(this.settings.queueAtRisk(), this.settings.angrySurge(),
						this.settings.containmentFloor());
	}

	private record Thresholds(int queueAtRisk, int angrySurge, double containmentFloor) {
	}

	private static String minutes(Duration window) {
		return window.toMinutes() + " minutes";
	}

}
