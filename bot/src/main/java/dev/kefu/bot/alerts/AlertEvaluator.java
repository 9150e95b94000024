package dev.kefu.bot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kefu.bot.background.PeriodicWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evaluates the conditions every interval on every node and sends the changes: a
 * condition that starts firing is sent once (FIRING), and once more when it recovers
 * (RESOLVED). The state is a row per alert; a change is one conditional statement, so
 * with several nodes exactly one of them sends it.
 */
@Component
class AlertEvaluator extends PeriodicWork {

	private final AlertConditions conditions;

	private final AlertChannels channels;

	private final JdbcClient jdbc;

	private final AlertSettings settings;

	private final Clock clock;

	AlertEvaluator(AlertConditions conditions, AlertChannels channels, JdbcClient jdbc, AlertSettings settings,
			Clock clock) {
		super("alerts");
		this.conditions = conditions;
		this.channels = channels;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * One evaluation.
	 * @return the alerts this node sent
	 */
	List<Alert> evaluate() {
		List<Alert> sent = new ArrayList<>();
		for (Map.Entry<String, String> condition : this.conditions.now().entrySet()) {
			boolean firing = condition.getValue() != null;
			String detail = firing ? condition.getValue() : "back to normal";
			// Empty: nothing changed; true: first seen (a new key); false: the state
			// flipped.
			var inserted = this.jdbc
				.sql("""
						insert into alert_states (key, firing, detail) values (?, ?, ?)
						on conflict (key) do update set firing = excluded.firing, detail = excluded.detail, changed_at = now()
						where alert_states.firing <> excluded.firing
						returning (xmax = 0) as inserted
						""")
				.params(condition.getKey(), firing, detail)
				.query(Boolean.class)
				.optional();
			boolean started = firing && inserted.isPresent();
			boolean recovered = !firing && inserted.isPresent() && !inserted.get();
			if (started || recovered) {
				Alert alert = new Alert(condition.getKey(), firing ? Alert.Status.FIRING : Alert.Status.RESOLVED,
						detail, this.clock.instant());
				this.channels.send(alert);
				sent.add(alert);
			}
		}
		return sent;
	}

	@Override
	protected void runOnce() {
		evaluate();
	}

	@Override
	protected Duration interval() {
		return this.settings.interval();
	}

	@Override
	protected boolean enabled() {
		return this.settings.enabled();
	}

}
