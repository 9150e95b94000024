package dev.kefu.bot.events;

import java.time.Clock;
import java.time.Duration;

import dev.kefu.bot.background.PeriodicWork;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again, on every node, the reactions still owed: publications a listener failed
 * (a lost connection, a conflict) or never started (the queue was full, the node
 * stopped). At start the registry republishes them all
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); without this
 * a failed reaction would wait for the next deployment. Several nodes may deliver the
 * same one; {@link DeliveredCaseEvents} lets only the first do anything. Also forgets old
 * deliveries.
 */
@Component
class OutstandingEvents extends PeriodicWork {

	private final IncompleteEventPublications incomplete;

	private final DeliveredCaseEvents delivered;

	private final EventSettings settings;

	private final Clock clock;

	OutstandingEvents(IncompleteEventPublications incomplete, DeliveredCaseEvents delivered, EventSettings settings,
			Clock clock) {
		super("outstanding-events");
		this.incomplete = incomplete;
		this.delivered = delivered;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void runOnce() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.settings.resubmitAfter());
		this.delivered.forgetBefore(this.clock.instant().minus(this.settings.keepDelivered()));
	}

	@Override
	protected Duration interval() {
		return this.settings.resubmitInterval();
	}

}
