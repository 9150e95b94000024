package dev.kefu.returns.law;

import java.time.Instant;
import java.util.Objects;

import dev.kefu.returns.cases.ReturnCase;

/**
 * A legal clock of a case is close to running out, or ran out: the shop's people are
 * alerted before the refund deadline and the case is escalated at it (SAMR Art. 13), and
 * a case past a 15-day penalty threshold is flagged (SAMR Art. 31). Published once per
 * case, clock and stage.
 *
 * @param returnCase the case
 * @param clock which clock
 * @param dueAt when it runs out
 * @param passed {@code false} for the alert before, {@code true} once it ran out
 */
public record LegalDeadlineReached(ReturnCase returnCase, LegalClock clock, Instant dueAt, boolean passed) {

	public LegalDeadlineReached {
		Objects.requireNonNull(returnCase, "returnCase");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(dueAt, "dueAt");
	}

}
