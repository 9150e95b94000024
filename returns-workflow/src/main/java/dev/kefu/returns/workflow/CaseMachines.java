package dev.kefu.returns.workflow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Resolution;
import dev.kefu.returns.cases.ReturnCase;

import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.transition.Transition;

/**
 * The two machine definitions, RETURN and EXCHANGE. They share the path to the warehouse;
 * an exchange then ships a replacement (or, when none is left and the shopper agrees,
 * refunds), a return refunds. A machine is built for one event on one case and thrown
 * away: the case's state lives in PostgreSQL, not in the machine.
 */
class CaseMachines {

	static final String CASE = "case";

	private final CaseGuards guards;

	private final CaseActions actions;

	/** Each kind's definition, read once; a machine per event is then made from it. */
	private final Map<CaseKind, StateMachineFactory<CaseState, CaseEvent>> definitions = new EnumMap<>(CaseKind.class);

	/** Per kind and state, the events some transition out of the state takes. */
	private final Map<CaseKind, Map<CaseState, Set<CaseEvent>>> triggers = new EnumMap<>(CaseKind.class);

	CaseMachines(CaseGuards guards, CaseActions actions) {
		this.guards = guards;
		this.actions = actions;
		for (CaseKind kind : CaseKind.values()) {
			this.definitions.put(kind, definition(kind));
			this.triggers.put(kind, triggers(create(kind)));
		}
	}

	StateMachine<CaseState, CaseEvent> create(CaseKind kind) {
		return this.definitions.get(kind).getStateMachine();
	}

	/**
	 * The events a case of a kind may take in a state, as its machine's transitions out
	 * of the state say. A guarded transition is counted: its guard may still refuse the
	 * event on a given case.
	 * @param kind the case's kind
	 * @param state its state
	 * @return the events
	 */
	Set<CaseEvent> triggers(CaseKind kind, CaseState state) {
		return this.triggers.get(kind).getOrDefault(state, Set.of());
	}

	private static Map<CaseState, Set<CaseEvent>> triggers(StateMachine<CaseState, CaseEvent> machine) {
		Map<CaseState, Set<CaseEvent>> triggers = new EnumMap<>(CaseState.class);
		for (Transition<CaseState, CaseEvent> transition : machine.getTransitions()) {
			if (transition.getTrigger() != null && transition.getTrigger().getEvent() != null) {
				triggers.computeIfAbsent(transition.getSource().getId(), (state) -> EnumSet.noneOf(CaseEvent.class))
					.add(transition.getTrigger().getEvent());
			}
		}
		return triggers;
	}

	private StateMachineFactory<CaseState, CaseEvent> definition(CaseKind kind) {
		try {
			StateMachineBuilder.Builder<CaseState, CaseEvent> builder = StateMachineBuilder.builder();
			builder.configureConfiguration().withConfiguration().machineId(kind.name()).autoStartup(false);
			EnumSet<CaseState> states = EnumSet.allOf(CaseState.class);
			if (kind == CaseKind.RETURN) {
				states.removeAll(EnumSet.of(CaseState.AWAITING_SHOPPER, CaseState.REPLACEMENT_SHIPPED));
			}
			StateConfigurer<CaseState, CaseEvent> stateConfig = builder.configureStates()
				.withStates()
				.initial(CaseState.REQUESTED)
				.choice(CaseState.DECIDING)
				.choice(CaseState.REOPENING)
				.end(CaseState.COMPLETED)
				.end(CaseState.CANCELLED)
				.end(CaseState.EXPIRED);
			states.forEach(stateConfig::state);
			StateMachineTransitionConfigurer<CaseState, CaseEvent> transitions = builder.configureTransitions();
			sharedTransitions(transitions);
			if (kind == CaseKind.EXCHANGE) {
				exchangeTransitions(transitions);
			}
			return builder.createFactory();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The " + kind + " machine definition is invalid", ex);
		}
	}

	private void sharedTransitions(StateMachineTransitionConfigurer<CaseState, CaseEvent> t) throws Exception {
		external(t, CaseState.REQUESTED, CaseState.DECIDING, CaseEvent.SUBMIT).action(this.actions.recordDecision());
		t.withChoice()
			.source(CaseState.DECIDING)
			.first(CaseState.APPROVED, this.guards.decisionIs(Outcome.APPROVE))
			.then(CaseState.UNDER_REVIEW, this.guards.decisionIs(Outcome.REVIEW))
			.last(CaseState.REJECTED);
		external(t, CaseState.UNDER_REVIEW, CaseState.APPROVED, CaseEvent.APPROVE)
			.action(this.actions.recordDecision());
		external(t, CaseState.UNDER_REVIEW, CaseState.REJECTED, CaseEvent.REJECT).action(this.actions.recordDecision());
		external(t, CaseState.UNDER_REVIEW, CaseState.APPROVED, CaseEvent.REVIEW_EXPIRED);
		external(t, CaseState.APPROVED, CaseState.PICKUP_BOOKED, CaseEvent.PICKUP_BOOKED)
			.action(this.actions.recordPickup());
		internal(t, CaseState.APPROVED, CaseEvent.REMIND);
		internal(t, CaseState.PICKUP_BOOKED, CaseEvent.REMIND);
		external(t, CaseState.PICKUP_BOOKED, CaseState.IN_TRANSIT, CaseEvent.PARCEL_PICKED_UP);
		external(t, CaseState.PICKUP_BOOKED, CaseState.RECEIVED, CaseEvent.PARCEL_DELIVERED);
		external(t, CaseState.IN_TRANSIT, CaseState.RECEIVED, CaseEvent.PARCEL_DELIVERED);
		external(t, CaseState.RECEIVED, CaseState.INSPECTED, CaseEvent.INSPECTION_PASSED);
		external(t, CaseState.RECEIVED, CaseState.DISPUTED, CaseEvent.INSPECTION_FAILED);
		external(t, CaseState.INSPECTED, CaseState.REFUNDED, CaseEvent.REFUND_ISSUED)
			.guard(this.guards.resolvedBy(Resolution.REFUND))
			.action(this.actions.recordRefund());
		external(t, CaseState.APPROVED, CaseState.REFUNDED, CaseEvent.REFUND_ISSUED).guard(this.guards.keepsItem())
			.action(this.actions.recordRefund());
		external(t, CaseState.IN_TRANSIT, CaseState.REFUNDED, CaseEvent.REFUND_ISSUED)
			.guard(this.guards.refundsAtPickup())
			.action(this.actions.recordRefund());
		external(t, CaseState.IN_TRANSIT, CaseState.DISPUTED, CaseEvent.REFUND_FAILED);
		external(t, CaseState.REFUNDED, CaseState.COMPLETED, CaseEvent.REFUND_SETTLED)
			.action(this.actions.recordRefund());
		external(t, CaseState.INSPECTED, CaseState.DISPUTED, CaseEvent.REFUND_FAILED);
		external(t, CaseState.APPROVED, CaseState.DISPUTED, CaseEvent.REFUND_FAILED).guard(this.guards.keepsItem());
		external(t, CaseState.REFUNDED, CaseState.DISPUTED, CaseEvent.REFUND_FAILED);
		for (CaseState cancellable : CaseState.cancellable()) {
			external(t, cancellable, CaseState.CANCELLED, CaseEvent.CANCEL);
		}
		external(t, CaseState.APPROVED, CaseState.EXPIRED, CaseEvent.PICKUP_EXPIRED);
		external(t, CaseState.PICKUP_BOOKED, CaseState.EXPIRED, CaseEvent.PICKUP_EXPIRED);
		external(t, CaseState.REJECTED, CaseState.DISPUTED, CaseEvent.DISPUTE).guard(this.guards.notDisputedYet())
			.action(this.actions.countDispute());
		external(t, CaseState.DISPUTED, CaseState.REJECTED, CaseEvent.REJECT).action(this.actions.recordDecision());
		external(t, CaseState.DISPUTED, CaseState.REOPENING, CaseEvent.APPROVE).action(this.actions.recordDecision());
		t.withChoice()
			.source(CaseState.REOPENING)
			.first(CaseState.INSPECTED, this.guards.itemReceived())
			.last(CaseState.APPROVED);
	}

	private void exchangeTransitions(StateMachineTransitionConfigurer<CaseState, CaseEvent> t) throws Exception {
		external(t, CaseState.INSPECTED, CaseState.REPLACEMENT_SHIPPED, CaseEvent.REPLACEMENT_SHIPPED)
			.guard(this.guards.resolvedBy(Resolution.REPLACEMENT))
			.action(this.actions.recordReplacement());
		external(t, CaseState.INSPECTED, CaseState.AWAITING_SHOPPER, CaseEvent.REPLACEMENT_UNAVAILABLE)
			.guard(this.guards.resolvedBy(Resolution.REPLACEMENT));
		external(t, CaseState.AWAITING_SHOPPER, CaseState.INSPECTED, CaseEvent.ACCEPT_REFUND)
			.action(this.actions.switchToRefund());
		external(t, CaseState.REPLACEMENT_SHIPPED, CaseState.COMPLETED, CaseEvent.REPLACEMENT_DELIVERED);
	}

	private static ExternalTransitionConfigurer<CaseState, CaseEvent> external(
			StateMachineTransitionConfigurer<CaseState, CaseEvent> t, CaseState source, CaseState target,
			CaseEvent event) throws Exception {
		return t.withExternal().source(source).target(target).event(event);
	}

	private void internal(StateMachineTransitionConfigurer<CaseState, CaseEvent> t, CaseState state, CaseEvent event)
			throws Exception {
		t.withInternal().source(state).event(event).action(this.actions.countReminder());
	}

	static CaseCommand command(StateContext<CaseState, CaseEvent> context) {
		return context.getMessageHeaders().get(CaseCommand.HEADER, CaseCommand.class);
	}

	static ReturnCase current(StateContext<CaseState, CaseEvent> context) {
		return context.getExtendedState().get(CASE, ReturnCase.class);
	}

	static void update(StateContext<CaseState, CaseEvent> context, UnaryOperator<CaseProgress> change) {
		ReturnCase c = current(context);
		context.getExtendedState().getVariables().put(CASE, c.withProgress(change.apply(c.progress())));
	}

}
