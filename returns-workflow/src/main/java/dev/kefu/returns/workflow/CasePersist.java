package dev.kefu.returns.workflow;

import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;

import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;

/**
 * Reads a machine's context from a stored case, and writes the machine's decision back
 * into the snapshot as a {@link CaseMove}: the move, its history entry and the new
 * state's deadlines. Storing it is the caller's, so that the moves of many cases can be
 * stored in one statement, each with the case's version as the optimistic lock.
 */
class CasePersist implements StateMachinePersist<CaseState, CaseEvent, CasePersist.Snapshot> {

	private final Deadlines deadlines;

	CasePersist(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void write(StateMachineContext<CaseState, CaseEvent> context, Snapshot snapshot) {
		ReturnCase changed = (ReturnCase) context.getExtendedState().getVariables().get(CaseMachines.CASE);
		CaseState to = context.getState();
		ReturnCase after = changed.moved(to, changed.version() + 1, snapshot.entry().at());
		snapshot.move = new CaseMove(changed, to, snapshot.entry(), this.deadlines.of(after, snapshot.entry().at()));
	}

	@Override
	public StateMachineContext<CaseState, CaseEvent> read(Snapshot snapshot) {
		DefaultExtendedState extended = new DefaultExtendedState();
		extended.getVariables().put(CaseMachines.CASE, snapshot.before());
		return new DefaultStateMachineContext<>(snapshot.before().state(), null, null, extended, null,
				snapshot.before().request().kind().name());
	}

	/**
	 * A case as read, the history entry of the change being made to it, and, once
	 * written, the move to store.
	 */
	static final class Snapshot {

		private final ReturnCase before;

		private final ReturnCases.HistoryLine entry;

		private CaseMove move;

		Snapshot(ReturnCase before, ReturnCases.HistoryLine entry) {
			this.before = before;
			this.entry = entry;
		}

		ReturnCase before() {
			return this.before;
		}

		ReturnCases.HistoryLine entry() {
			return this.entry;
		}

		CaseMove move() {
			return this.move;
		}

	}

}
