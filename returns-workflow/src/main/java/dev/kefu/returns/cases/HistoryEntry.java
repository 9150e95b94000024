package dev.kefu.returns.cases;

import java.time.Instant;

import dev.kefu.returns.approval.Decision;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's append-only history.
 *
 * @param seq position in the case's history, from 1
 * @param at when
 * @param actor who or what
 * @param event what happened (none for the opening of the case)
 * @param from the state before (none for the opening)
 * @param to the state after
 * @param reason why
 * @param decision the rules' decision the line records, or {@code null} (another line, or
 * one written before decisions were kept with the history)
 */
public record HistoryEntry(int seq, Instant at, Actor actor, @Nullable CaseEvent event, @Nullable CaseState from,
		CaseState to, @Nullable String reason, @Nullable Decision decision) {

	public HistoryEntry(int seq, Instant at, Actor actor, @Nullable CaseEvent event, @Nullable CaseState from,
			CaseState to, @Nullable String reason) {
		this(seq, at, actor, event, from, to, reason, null);
	}

}
