package dev.kefu.returns.approval;

import java.util.List;
import java.util.Objects;

/**
 * How likely a request is to be abuse, from what the shop already knows, with the signals
 * that add up to it. A person reads it beside the case; rules may send a high score to
 * review. It is a prompt to look, never proof: each signal has an innocent explanation (a
 * shopper who bought three sizes to keep one returns often).
 *
 * @param score from 0 (nothing stands out) to 100, the signals' points added and capped
 * @param signals what stood out, most weighty first
 */
public record ReturnRisk(int score, List<RiskSignal> signals) {

	/** Nothing known: a decision taken before risk was scored, or by a person. */
	public static final ReturnRisk NONE = new ReturnRisk(0, List.of());

	/** The highest score. */
	public static final int MAX = 100;

	public ReturnRisk {
		if (score < 0 || score > MAX) {
			throw new IllegalArgumentException("score must be 0 to " + MAX);
		}
		signals = List.copyOf(Objects.requireNonNull(signals, "signals"));
	}

	/**
	 * The score's band, for people who read a word rather than a number.
	 * @return low, medium or high
	 */
	public Level level() {
		return (this.score >= Level.HIGH.from) ? Level.HIGH
				: (this.score >= Level.MEDIUM.from) ? Level.MEDIUM : Level.LOW;
	}

	/** Bands of the score. */
	public enum Level {

		/** Below 30. */
		LOW(0),

		/** 30 to 59. */
		MEDIUM(30),

		/** 60 and above. */
		HIGH(60);

		private final int from;

		Level(int from) {
			this.from = from;
		}

	}

}
