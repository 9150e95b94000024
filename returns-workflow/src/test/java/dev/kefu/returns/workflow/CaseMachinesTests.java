package dev.kefu.returns.workflow;

import java.util.Arrays;
import java.util.List;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.StaffAction;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.test.StateMachineTestPlanBuilder;

import static dev.kefu.returns.cases.ReturnCaseFixture.aCase;
import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static dev.kefu.returns.cases.ReturnRequestFixture.anExchange;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine definitions on their own, without persistence.
 */
class CaseMachinesTests {

	private static final LocalizedText WHY = new LocalizedText("测试", "test");

	private final CaseMachines machines = new CaseMachines(new CaseGuards(), new CaseActions());

	private StateMachine<CaseState, CaseEvent> machine(CaseKind kind, boolean keepItem) {
		StateMachine<CaseState, CaseEvent> machine = this.machines.create(kind);
		ReturnRequest request = (kind == CaseKind.EXCHANGE) ? anExchange("SKU-2").build() : aReturn().build();
		CaseProgress progress = CaseProgress.start(kind);
		if (keepItem) {
			progress = progress.withDecision(new Decision(Outcome.APPROVE, List.of(), WHY, true, 0));
		}
		machine.getExtendedState()
			.getVariables()
			.put(CaseMachines.CASE, aCase().request(request).progress(progress).build());
		return machine;
	}

	private static Message<CaseEvent> event(CaseEvent event, Decision decision) {
		CaseCommand command = (decision != null) ? CaseCommand.decided(event, Actor.SYSTEM, null, decision)
				: CaseCommand.of(event, Actor.SYSTEM, null);
		return MessageBuilder.withPayload(event).setHeader(CaseCommand.HEADER, command).build();
	}

	private static Decision decision(Outcome outcome) {
		return new Decision(outcome, List.of(), WHY, false, 0);
	}

	@Test
	void choosesApprovedReviewOrRejectedFromTheDecision() throws Exception {
		for (Outcome outcome : Outcome.values()) {
			CaseState expected = switch (outcome) {
				case APPROVE -> CaseState.APPROVED;
				case REVIEW -> CaseState.UNDER_REVIEW;
				case REJECT -> CaseState.REJECTED;
			};
			StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
				.stateMachine(machine(CaseKind.RETURN, false))
				.step()
				.expectState(CaseState.REQUESTED)
				.and()
				.step()
				.sendEvent(event(CaseEvent.SUBMIT, decision(outcome)))
				.expectState(expected)
				.and()
				.build()
				.test();
		}
	}

	@Test
	void walksAReturnFromApprovalToCompletion() throws Exception {
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(machine(CaseKind.RETURN, false))
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, decision(Outcome.APPROVE)))
			.expectState(CaseState.APPROVED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.PICKUP_BOOKED, null))
			.expectState(CaseState.PICKUP_BOOKED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.PARCEL_PICKED_UP, null))
			.expectState(CaseState.IN_TRANSIT)
			.and()
			.step()
			.sendEvent(event(CaseEvent.PARCEL_DELIVERED, null))
			.expectState(CaseState.RECEIVED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.INSPECTION_PASSED, null))
			.expectState(CaseState.INSPECTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_ISSUED, null))
			.expectState(CaseState.REFUNDED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_SETTLED, null))
			.expectState(CaseState.COMPLETED)
			.and()
			.build()
			.test();
	}

	@Test
	void refusesARefundBeforeInspectionAndACancelAfterPickup() throws Exception {
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(machine(CaseKind.RETURN, false))
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, decision(Outcome.APPROVE)))
			.expectState(CaseState.APPROVED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_ISSUED, null))
			.expectState(CaseState.APPROVED)
			.expectStateChanged(0)
			.and()
			.step()
			.sendEvent(event(CaseEvent.PICKUP_BOOKED, null))
			.sendEvent(event(CaseEvent.PARCEL_PICKED_UP, null))
			.expectState(CaseState.IN_TRANSIT)
			.and()
			.step()
			.sendEvent(event(CaseEvent.CANCEL, null))
			.expectState(CaseState.IN_TRANSIT)
			.expectStateChanged(0)
			.and()
			.build()
			.test();
	}

	@Test
	void refundsAKeepTheItemCaseStraightFromApproval() throws Exception {
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(machine(CaseKind.RETURN, true))
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, new Decision(Outcome.APPROVE, List.of(), WHY, true, 0)))
			.expectState(CaseState.APPROVED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_ISSUED, null))
			.expectState(CaseState.REFUNDED)
			.and()
			.build()
			.test();
	}

	@Test
	void fallsBackToARefundWhenTheReplacementIsOutOfStock() throws Exception {
		StateMachine<CaseState, CaseEvent> exchange = machine(CaseKind.EXCHANGE, false);
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(exchange)
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, decision(Outcome.APPROVE)))
			.sendEvent(event(CaseEvent.PICKUP_BOOKED, null))
			.sendEvent(event(CaseEvent.PARCEL_DELIVERED, null))
			.sendEvent(event(CaseEvent.INSPECTION_PASSED, null))
			.expectState(CaseState.INSPECTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_ISSUED, null))
			.expectState(CaseState.INSPECTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REPLACEMENT_UNAVAILABLE, null))
			.expectState(CaseState.AWAITING_SHOPPER)
			.and()
			.step()
			.sendEvent(event(CaseEvent.ACCEPT_REFUND, null))
			.expectState(CaseState.INSPECTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REFUND_ISSUED, null))
			.expectState(CaseState.REFUNDED)
			.and()
			.build()
			.test();
		ReturnCase after = (ReturnCase) exchange.getExtendedState().getVariables().get(CaseMachines.CASE);
		assertThat(after.progress().resolution()).hasToString("REFUND");
	}

	@Test
	void letsARejectionBeDisputedOnceAndResumesWhereTheItemIs() throws Exception {
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(machine(CaseKind.RETURN, false))
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, decision(Outcome.REJECT)))
			.sendEvent(event(CaseEvent.DISPUTE, null))
			.expectState(CaseState.DISPUTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.REJECT, decision(Outcome.REJECT)))
			.expectState(CaseState.REJECTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.DISPUTE, null))
			.expectState(CaseState.REJECTED)
			.expectStateChanged(0)
			.and()
			.build()
			.test();
	}

	@Test
	void aReturnMachineKnowsNoReplacement() throws Exception {
		StateMachineTestPlanBuilder.<CaseState, CaseEvent>builder()
			.stateMachine(machine(CaseKind.RETURN, false))
			.step()
			.expectState(CaseState.REQUESTED)
			.and()
			.step()
			.sendEvent(event(CaseEvent.SUBMIT, decision(Outcome.APPROVE)))
			.sendEvent(event(CaseEvent.PICKUP_BOOKED, null))
			.sendEvent(event(CaseEvent.PARCEL_DELIVERED, null))
			.sendEvent(event(CaseEvent.INSPECTION_PASSED, null))
			.sendEvent(event(CaseEvent.REPLACEMENT_SHIPPED, null))
			.expectState(CaseState.INSPECTED)
			.and()
			.build()
			.test();
	}

	@Test
	void saysWhichEventsEachStateTakesFromTheDefinitions() {
		for (CaseKind kind : CaseKind.values()) {
			assertThat(this.machines.triggers(kind, CaseState.UNDER_REVIEW)).contains(CaseEvent.APPROVE,
					CaseEvent.REJECT);
			assertThat(this.machines.triggers(kind, CaseState.DISPUTED)).contains(CaseEvent.APPROVE, CaseEvent.REJECT);
			assertThat(this.machines.triggers(kind, CaseState.RECEIVED)).containsOnly(CaseEvent.INSPECTION_PASSED,
					CaseEvent.INSPECTION_FAILED);
			assertThat(this.machines.triggers(kind, CaseState.APPROVED)).doesNotContain(CaseEvent.APPROVE,
					CaseEvent.REJECT);
			for (CaseState end : List.of(CaseState.COMPLETED, CaseState.CANCELLED, CaseState.EXPIRED)) {
				assertThat(this.machines.triggers(kind, end)).as(kind + " " + end).isEmpty();
			}
		}
		assertThat(this.machines.triggers(CaseKind.EXCHANGE, CaseState.AWAITING_SHOPPER))
			.containsOnly(CaseEvent.ACCEPT_REFUND);
		assertThat(this.machines.triggers(CaseKind.RETURN, CaseState.AWAITING_SHOPPER)).isEmpty();
	}

	@Test
	void noStaffActionIsGuarded() {
		// The staff actions a case offers are the events its state takes: no guard may
		// refuse one on a particular case.
		for (CaseKind kind : CaseKind.values()) {
			assertThat(this.machines.create(kind).getTransitions())
				.filteredOn((t) -> t.getTrigger() != null && Arrays.stream(StaffAction.values())
					.anyMatch((action) -> action.event() == t.getTrigger().getEvent()))
				.isNotEmpty()
				.allSatisfy((t) -> assertThat(t.getGuard()).as(t.getSource().getId() + " " + t.getTrigger().getEvent())
					.isNull());
		}
	}

}
