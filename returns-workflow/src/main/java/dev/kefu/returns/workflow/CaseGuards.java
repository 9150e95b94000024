package dev.kefu.returns.workflow;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Resolution;

import org.springframework.statemachine.guard.Guard;

/**
 * The machines' guards: which way a choice goes and which transitions a case's progress
 * allows.
 */
class CaseGuards {

	/**
	 * Whether the decision carried by the event has this outcome (the approve / review /
	 * reject choice).
	 */
	Guard<CaseState, CaseEvent> decisionIs(Outcome outcome) {
		return (context) -> {
			Decision decision = CaseMachines.command(context).decision();
			return decision != null && decision.outcome() == outcome;
		};
	}

	/** A keep-the-item case may be refunded straight from approval. */
	Guard<CaseState, CaseEvent> keepsItem() {
		return (context) -> CaseMachines.current(context).progress().keepItem();
	}

	/** A return refunded as soon as the courier has the parcel. */
	Guard<CaseState, CaseEvent> refundsAtPickup() {
		return (context) -> {
			var decision = CaseMachines.current(context).progress().decision();
			return decision != null && decision.refundAtPickup();
		};
	}

	/** The refund path of an inspected case. */
	Guard<CaseState, CaseEvent> resolvedBy(Resolution resolution) {
		return (context) -> CaseMachines.current(context).progress().resolution() == resolution;
	}

	/** A rejection may be disputed once. */
	Guard<CaseState, CaseEvent> notDisputedYet() {
		return (context) -> CaseMachines.current(context).progress().disputes() == 0;
	}

	/**
	 * A dispute resolved for the shopper resumes after inspection when the item is back.
	 */
	Guard<CaseState, CaseEvent> itemReceived() {
		return (context) -> CaseMachines.current(context).progress().receivedAt() != null;
	}

}
