package dev.kefu.returns.workflow;

import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Resolution;

import org.springframework.statemachine.action.Action;

/**
 * The machines' transition actions: each records what its event carried into the case's
 * progress (the extended state). Side effects on other systems are not actions: they are
 * tasks of the new state, run after the transition is stored (see {@link Deadlines}).
 */
class CaseActions {

	Action<CaseState, CaseEvent> recordDecision() {
		return (context) -> CaseMachines.update(context,
				(p) -> p.withDecision(CaseMachines.command(context).decision()));
	}

	Action<CaseState, CaseEvent> recordPickup() {
		return (context) -> CaseMachines.update(context, (p) -> p.withPickup(CaseMachines.command(context).booking()));
	}

	Action<CaseState, CaseEvent> recordRefund() {
		return (context) -> CaseMachines.update(context, (p) -> p.withRefund(CaseMachines.command(context).receipt()));
	}

	Action<CaseState, CaseEvent> recordReplacement() {
		return (context) -> CaseMachines.update(context,
				(p) -> p.withReplacement(CaseMachines.command(context).shipment()));
	}

	Action<CaseState, CaseEvent> switchToRefund() {
		return (context) -> CaseMachines.update(context, (p) -> p.withResolution(Resolution.REFUND));
	}

	Action<CaseState, CaseEvent> countReminder() {
		return (context) -> CaseMachines.update(context, (p) -> p.withReminders(p.reminders() + 1));
	}

	Action<CaseState, CaseEvent> countDispute() {
		return (context) -> CaseMachines.update(context, (p) -> p.withDisputes(p.disputes() + 1));
	}

}
