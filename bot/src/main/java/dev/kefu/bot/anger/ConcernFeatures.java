package dev.kefu.bot.anger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What the models see of a message besides its embedding: for each concern, whether the
 * lexicon is sure of it and whether it hints at it, and how the message is written. The
 * order is part of a trained model; {@link #NAMES} is stored with it and checked.
 */
public final class ConcernFeatures {

	private static final List<Signal> WRITING = List.of(Signal.SHOUTING, Signal.INSULT_TO_BOT, Signal.QUESTION,
			Signal.ASKS_BEFORE, Signal.PLAYS_DOWN, Signal.SAYS_ASKED_AGAIN, Signal.LOSING_PATIENCE);

	/** The features' names, in order. */
	public static final List<String> NAMES;

	static {
		List<String> names = new ArrayList<>();
		for (Concern concern : Concern.IN_A_MESSAGE) {
			names.add("cue:" + concern.name());
			names.add("cue-in-question:" + concern.name());
			names.add("cue-played-down:" + concern.name());
			names.add("cue-in-report:" + concern.name());
		}
		names.add("reports-something");
		WRITING.forEach((signal) -> names.add("writing:" + signal.name()));
		NAMES = Collections.unmodifiableList(names);
	}

	private ConcernFeatures() {
	}

	/**
	 * The features of one message.
	 * @param hits what the lexicon found
	 * @param signals how the message is written
	 * @return one value per name
	 */
	public static double[] of(ConcernLexicon.Hits hits, Set<Signal> signals) {
		double[] values = new double[NAMES.size()];
		int i = 0;
		boolean question = signals.contains(Signal.QUESTION);
		boolean reports = signals.contains(Signal.REPORTS);
		for (Concern concern : Concern.IN_A_MESSAGE) {
			boolean cue = hits.hasCue(concern);
			values[i++] = cue ? 1 : 0;
			values[i++] = (cue && (question || signals.contains(Signal.ASKS_BEFORE)) && !reports) ? 1 : 0;
			values[i++] = (cue && signals.contains(Signal.PLAYS_DOWN)) ? 1 : 0;
			values[i++] = (cue && reports) ? 1 : 0;
		}
		values[i++] = reports ? 1 : 0;
		for (Signal signal : WRITING) {
			values[i++] = signals.contains(signal) ? 1 : 0;
		}
		return values;
	}

}
