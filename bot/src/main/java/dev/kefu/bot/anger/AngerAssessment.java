package dev.kefu.bot.anger;

import java.util.Set;

/**
 * What the detector makes of one message.
 *
 * @param angry whether the shopper should go to a person for it
 * @param score the classifier's probability that the words are angry
 * @param signals every reason found (some, like a single repeat, are not enough alone)
 */
public record AngerAssessment(boolean angry, double score, Set<AngerSignal> signals) {

	public AngerAssessment {
		signals = Set.copyOf(signals);
	}

}
