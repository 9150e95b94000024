package dev.kefu.bot.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Today's figures as Micrometer gauges for Prometheus and Grafana
 * ({@code docs/grafana-dashboard.json}). Computed from the database at most once a
 * minute, however often they are scraped, and never labelled with anything a shopper
 * wrote.
 */
@Component
class InsightsGauges {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final Insights insights;

	private final Clock clock;

	private final AtomicReference<Snapshot> latest = new AtomicReference<>();

	InsightsGauges(Insights insights, Clock clock, MeterRegistry meters) {
		this.insights = insights;
		this.clock = clock;
		gauge(meters, "kefu.insights.conversations", "Conversations started today (UTC)", (d) -> d.conversations());
		gauge(meters, "kefu.insights.containment", "Share of today's conversations the bot resolved alone",
				(d) -> orNaN(d.containment()));
		gauge(meters, "kefu.insights.escalation.rate", "Share of today's conversations handed to a person",
				(d) -> orNaN(d.escalationRate()));
		gauge(meters, "kefu.insights.first.human.reply.p90",
				"90th percentile of today's time to a person's first reply, seconds",
				(d) -> orNaN(d.firstHumanReplyP90Seconds()));
		gauge(meters, "kefu.insights.csat.average", "Average of today's satisfaction ratings (1-5)",
				(d) -> orNaN(d.csatAverage()));
		gauge(meters, "kefu.insights.refund.cycle.p50", "Median hours from request to refund, cases opened today",
				(d) -> orNaN(d.refundCycleP50Hours()));
	}

	private void gauge(MeterRegistry meters, String name, String description, ToDoubleFunction<DailyFigures> value) {
		Gauge.builder(name, this, (self) -> self.today().map(value::applyAsDouble).orElse(Double.NaN))
			.description(description)
			.register(meters);
	}

	private Optional<DailyFigures> today() {
		Instant now = this.clock.instant();
		Snapshot snapshot = this.latest.get();
		if (snapshot == null || snapshot.takenAt().plus(FRESH_FOR).isBefore(now)) {
			LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
			DailyFigures figures = this.insights.allShops(day, day)
				.days()
				.stream()
				.filter((d) -> d.day().equals(day))
				.findFirst()
				.orElse(null);
			snapshot = new Snapshot(now, figures);
			this.latest.set(snapshot);
		}
		return Optional.ofNullable(snapshot.figures());
	}

	private static double orNaN(Double value) {
		return (value != null) ? value : Double.NaN;
	}

	private record Snapshot(Instant takenAt, DailyFigures figures) {
	}

}
