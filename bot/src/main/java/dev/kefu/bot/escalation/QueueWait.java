package dev.kefu.bot.escalation;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The wait quoted to a shopper entering the queue: the recent mean wait, times the
 * conversations ahead of them in their shop's queue (their priority or more urgent) plus
 * their own, shared among the agents connected now.
 */
@Component
class QueueWait {

	private final Escalations escalations;

	private final AgentProfiles agents;

	private final EscalationSettings settings;

	private final Clock clock;

	QueueWait(Escalations escalations, AgentProfiles agents, EscalationSettings settings, Clock clock) {
		this.escalations = escalations;
		this.agents = agents;
		this.settings = settings;
		this.clock = clock;
	}

	Duration estimate(String shopId, int priority) {
		return forPlace(this.escalations.waitingAhead(shopId, priority));
	}

	/**
	 * The wait of a shopper with others ahead of them in the queue.
	 * @param ahead how many are ahead
	 * @return the wait
	 */
	Duration forPlace(int ahead) {
		Duration mean = this.escalations.recentMeanWait().orElse(this.settings.defaultWait());
		int connected = Math.max(1,
				this.agents.connectedSince(this.clock.instant().minus(this.settings.disconnectGrace())));
		Duration estimate = mean.multipliedBy(ahead + 1).dividedBy(connected);
		return estimate.isZero() ? Duration.ofMinutes(1) : estimate;
	}

}
