package dev.kefu.bot.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

	AlertConditions(JdbcClient jdbc, MeterRegistry meters, AlertSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The conditions firing now, and every key that was checked.
	 * @return firing keys with their detail; checked keys that are fine map to null
	 */
	Map<String, String> now() {
		Instant now = this.clock.instant();
		Map<String, String> conditions = new LinkedHashMap<>();
		long atRisk = this.jdbc.sql("""
				select count(*) from escalations
				where status = 'WAITING' and first_response_at is null and at_risk_at is not null
				""").query(Long.class).single();
		conditions.put("queue-wait", (atRisk >= this.settings.queueAtRisk())
				? atRisk + " waiting conversation(s) past the alert point of their first-response target" : null);
		long angry = this.jdbc.sql("select count(*) from escalations where 'ANGER' = any(reasons) and created_at >= ?")
			.param(Timestamp.from(now.minus(this.settings.angryWindow())))
			.query(Long.class)
			.single();
		conditions.put("angry-surge", (angry >= this.settings.angrySurge())
				? angry + " conversations escalated for anger in the last " + minutes(this.settings.angryWindow())
				: null);
		long[] day = this.jdbc
			.sql("""
					select count(*) as total,
					       count(*) filter (where not exists (select 1 from escalations e where e.conversation_id = c.id)) as contained
					from conversations c where c.created_at >= ?
					""")
			.param(Timestamp.from(now.minus(Duration.ofHours(24))))
			.query((row, n) -> new long[] { row.getLong("total"), row.getLong("contained") })
			.single();
		double containment = (day[0] == 0) ? 1 : (double) day[1] / day[0];
		conditions.put("containment-low",
				(day[0] >= this.settings.containmentMinimum() && containment < this.settings.containmentFloor())
						? String.format(
								"containment %.1f %% over the last 24 h (%d conversations), below the %.0f %% floor",
								containment * 100, day[0], this.settings.containmentFloor() * 100)
						: null);
		for (Gauge state : this.meters.find("resilience4j.circuitbreaker.state").tag("state", "open").gauges()) {
			String name = state.getId().getTag("name");
			conditions.put("upstream-down:" + name,
					(state.value() >= 1) ? "the " + name + " system is not answering (circuit breaker open)" : null);
		}
		return conditions;
	}

	private static String minutes(Duration window) {
		return window.toMinutes() + " minutes";
	}

}
