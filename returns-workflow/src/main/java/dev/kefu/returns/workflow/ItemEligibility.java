package dev.kefu.returns.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an order line can be asked to be returned now, and if not why: what the chat's
 * item picker offers and tells.
 *
 * @param verdict the answer
 * @param windowLastDay for {@link Verdict#WINDOW_CLOSED}, the last day a return could
 * have been asked for, in the shop's time zone; {@code null} otherwise
 */
public record ItemEligibility(Verdict verdict, LocalDate windowLastDay) {

	public ItemEligibility {
		Objects.requireNonNull(verdict, "verdict");
		if ((verdict == Verdict.WINDOW_CLOSED) != (windowLastDay != null)) {
			throw new IllegalArgumentException("a closed window, and only that, has a last day");
		}
	}

	static ItemEligibility of(Verdict verdict) {
		return new ItemEligibility(verdict, null);
	}

	static ItemEligibility windowClosed(LocalDate lastDay) {
		return new ItemEligibility(Verdict.WINDOW_CLOSED, lastDay);
	}

	/**
	 * Whether the line can be asked to be returned now.
	 * @return {@code true} for {@link Verdict#RETURNABLE}
	 */
	public boolean returnable() {
		return this.verdict == Verdict.RETURNABLE;
	}

	/**
	 * The answer.
	 */
	public enum Verdict {

		/** A return or exchange can be asked for now. */
		RETURNABLE,

		/** The order has not been delivered yet (it can be refused or cancelled). */
		NOT_DELIVERED,

		/** Every unit of the line is already returned or being returned. */
		ALREADY_RETURNED,

		/** The rules' return windows have all closed, for every reason. */
		WINDOW_CLOSED

	}

}
