package dev.kefu.returns.workflow;

import java.time.Instant;

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
 */
class CasePersist implements StateMachinePersist<CaseState, CaseEvent, CasePersist.Snapshot> {

	private final ReturnCases cases;

	CasePersist(ReturnCases cases) {
		this.cases = cases;
	}

	@Override
	public void write(StateMachineContext<CaseState, CaseEvent> context, Snapshot snapshot) {
		ReturnCase changed = (ReturnCase) context.getExtendedState().getVariables().get(CaseMachines.CASE);
		this.cases.update(changed, context.getState(), snapshot.at());
	}

	@Override
	public StateMachineContext<CaseState, CaseEvent> read(Snapshot snapshot) {
		DefaultExtendedState extended = new DefaultExtendedState();
		extended.getVariables().put(CaseMachines.CASE, snapshot.before());
		return new DefaultStateMachineContext<>(snapshot.before().state(), null, null, extended, null,
				snapshot.before().request().kind().name());
	}

	/**
	 * A case as read, and the time of the change being made to it.
	 *
	 * @param before the case as read (its version is the lock)
	 * @param at when the change happens
	 */
	record Snapshot(ReturnCase before, Instant at) {
	}

}
