package dev.kefu.returns.workflow;

import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;

import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;

/**
 * Reads a machine's context from a stored case and writes it back, with the case's
 * version as the optimistic lock: a write from a stale read fails and changes nothing.
 * The write stores the move, its history entry and the new state's deadlines in one
 * statement.
 */
class CasePersist implements StateMachinePersist<CaseState, CaseEvent, CasePersist.Snapshot> {

	private final ReturnCases cases;

	private final Deadlines deadlines;

	CasePersist(ReturnCases cases, Deadlines deadlines) {
		this.cases = cases;
		this.deadlines = deadlines;
	}

	@Override
	public void write(StateMachineContext<CaseState, CaseEvent> context, Snapshot snapshot) {
		ReturnCase changed = (ReturnCase) context.getExtendedState().getVariables().get(CaseMachines.CASE);
		CaseState to = context.getState();
		ReturnCase after = changed.moved(to, changed.version() + 1, snapshot.entry().at());
		snapshot.stored = this.cases.move(changed, to, snapshot.entry(),
				this.deadlines.of(after, snapshot.entry().at()));
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
	 * written, the case as stored.
	 */
	static final class Snapshot {

		private final ReturnCase before;

		private final ReturnCases.HistoryLine entry;

		private ReturnCase stored;

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

		ReturnCase stored() {
			return this.stored;
		}

	}

}
