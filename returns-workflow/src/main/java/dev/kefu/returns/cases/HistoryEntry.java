package dev.kefu.returns.cases;

import java.time.Instant;

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
 */
public record HistoryEntry(int seq, Instant at, Actor actor, @Nullable CaseEvent event, @Nullable CaseState from,
		CaseState to, @Nullable String reason) {

}
