package dev.kefu.returns.workflow;

import java.time.Instant;
import java.util.Map;

import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;

/**
 * A move a machine decided on and that is not stored yet: the case with its new progress
 * (still at the version it was read at), the state it moves to, the history entry and the
 * new state's tasks.
 *
 * @param changed the case with its new progress, at the version it was read at
 * @param to the state it moves to
 * @param entry the history entry
 * @param tasks the new state's tasks
 */
record CaseMove(ReturnCase changed, CaseState to, ReturnCases.HistoryLine entry, Map<TaskKind, Instant> tasks) {

	/** The case as it is once the move is stored: one version on. */
	ReturnCase stored() {
		return this.changed.moved(this.to, this.changed.version() + 1, this.entry.at());
	}

}
