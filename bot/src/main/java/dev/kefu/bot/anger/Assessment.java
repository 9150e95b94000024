package dev.kefu.bot.anger;

import java.util.Map;
import java.util.Set;

/**
 * What the detector makes of a shopper's message in its conversation.
 *
 * @param concerns what a person should handle, in the order of {@link Concern}; empty
 * when the bot can go on
 * @param probabilities each message concern's model probability
 * @param signals how the message is written and where it stands in the conversation
 * @param timesAsked how many of the shopper's messages ask what this one asks, this one
 * included
 */
public record Assessment(Set<Concern> concerns, Map<Concern, Double> probabilities, Set<Signal> signals,
		int timesAsked) {

	public Assessment {
		concerns = Set.copyOf(concerns);
		probabilities = Map.copyOf(probabilities);
		signals = Set.copyOf(signals);
	}

	/** Nothing to hand over. */
	public static final Assessment NOTHING = new Assessment(Set.of(), Map.of(), Set.of(), 1);

	public boolean needsPerson() {
		return !this.concerns.isEmpty();
	}

	public boolean has(Concern concern) {
		return this.concerns.contains(concern);
	}

	public double probability(Concern concern) {
		return this.probabilities.getOrDefault(concern, 0.0);
	}

	/**
	 * The shopper's mood, for the agent.
	 * @return one word's worth
	 */
	public Mood mood() {
		if (has(Concern.ANGER)) {
			return Mood.ANGRY;
		}
		if (has(Concern.SAFETY)) {
			return Mood.WORRIED;
		}
		if (has(Concern.RISING) || has(Concern.REPEATED) || has(Concern.WAITING_LONG)
				|| this.signals.contains(Signal.LOSING_PATIENCE) || this.signals.contains(Signal.SHOUTING)
				|| probability(Concern.ANGER) >= 0.5) {
			return Mood.IMPATIENT;
		}
		return Mood.CALM;
	}

}
