package dev.kefu.returns.cases;

import java.time.Instant;

/**
 * One line of a case's append-only history.
 *
 * @param seq position in the case's history, from 1
 * @param at when
 * @param actor who or what
 * @param event what happened ({@code null} for the opening of the case)
 * @param from the state before ({@code null} for the opening)
 * @param to the state after
 * @param reason why, or {@code null}
 */
public record HistoryEntry(int seq, Instant at, Actor actor, CaseEvent event, CaseState from, CaseState to,
		String reason) {

}
