package dev.kefu.returns.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;

/**
 * Moves one case by one event, atomically: the machine is restored from the stored case,
 * the event is sent, and the new state, the history entry and the new state's deadlines
 * are stored in one transaction. When another change got there first, the event is
 * re-evaluated against the case as it now is: applied if the new state still accepts it,
 * refused cleanly if not.
 */
class CaseTransitions {

	private static final int ATTEMPTS = 5;

	private final CaseMachines machines;

	private final StateMachinePersister<CaseState, CaseEvent, CasePersist.Snapshot> persister;

	private final ReturnCases cases;

	private final CaseHistory history;

	private final CaseTasks tasks;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CaseTransitions(CaseMachines machines, ReturnCases cases, CaseHistory history, CaseTasks tasks, Deadlines deadlines,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.machines = machines;
		this.persister = new DefaultStateMachinePersister<>(new CasePersist(cases, deadlines));
		this.cases = cases;
		this.history = history;
		this.tasks = tasks;
		this.deadlines = deadlines;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Stores a new case in its initial state, with its first history entry and its first
	 * task (apply the rules). Runs in the caller's transaction.
	 */
	void open(ReturnCase fresh, dev.kefu.returns.cases.Actor actor) {
		this.cases.insert(fresh);
		this.history.append(fresh.id(), fresh.createdAt(), actor, null, null, fresh.state(),
				fresh.request().reason().name(), null);
		this.tasks.replace(fresh.id(), this.deadlines.of(fresh, fresh.createdAt()));
	}

	ReturnCase fire(ReturnCaseId id, CaseCommand command) {
		return fire(id, null, command);
	}

	/**
	 * Moves a case the caller has just read (saving a read); a conflict re-reads it.
	 */
	ReturnCase fire(ReturnCase read, CaseCommand command) {
		return fire(read.id(), read, command);
	}

	private ReturnCase fire(ReturnCaseId id, ReturnCase read, CaseCommand command) {
		ReturnCase known = read;
		for (int attempt = 1;; attempt++) {
			ReturnCase first = known;
			try {
				return this.transactions.execute((status) -> fireOnce(id, first, command));
			}
			catch (OptimisticLockingFailureException ex) {
				known = null;
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private ReturnCase fireOnce(ReturnCaseId id, ReturnCase read, CaseCommand command) {
		ReturnCase before = (read != null) ? read
				: this.cases.find(id).orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
		if (command.externalEventId() != null && this.history.hasExternalEvent(id, command.externalEventId())) {
			return before;
		}
		Instant now = this.clock.instant();
		StateMachine<CaseState, CaseEvent> machine = this.machines.create(before.request().kind());
		try {
			CasePersist.Snapshot snapshot = new CasePersist.Snapshot(before, new ReturnCases.HistoryLine(now,
					command.actor(), command.event(), before.state(), reasonOf(command), command.externalEventId()));
			this.persister.restore(machine, snapshot);
			List<StateMachineEventResult<CaseState, CaseEvent>> results = machine
				.sendEvent(Mono
					.just(MessageBuilder.withPayload(command.event()).setHeader(CaseCommand.HEADER, command).build()))
				.collectList()
				.block();
			boolean accepted = results != null && results.stream()
				.anyMatch((r) -> r.getResultType() == StateMachineEventResult.ResultType.ACCEPTED);
			if (!accepted) {
				throw new EventNotAccepted(command.event(), before.state(), before.request().kind());
			}
			CaseState to = machine.getState().getId();
			ReturnCase changed = (ReturnCase) machine.getExtendedState().getVariables().get(CaseMachines.CASE);
			changed = changed.withProgress(stamped(changed.progress(), to, now));
			machine.getExtendedState().getVariables().put(CaseMachines.CASE, changed);
			this.persister.persist(machine, snapshot);
			ReturnCase stored = snapshot.stored();
			this.events.publishEvent(new ReturnCaseChanged(stored, command.event(), before.state(), command.actor()));
			return stored;
		}
		catch (EventNotAccepted | OptimisticLockingFailureException ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (ex.getCause() instanceof OptimisticLockingFailureException conflict) {
				throw conflict;
			}
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			machine.stopReactively().block();
		}
	}

	/**
	 * The times that belong to states rather than to events: when a case was approved,
	 * its parcel received, it was closed.
	 */
	private static CaseProgress stamped(CaseProgress p, CaseState to, Instant now) {
		if (to == CaseState.APPROVED && p.approvedAt() == null) {
			return p.withApprovedAt(now);
		}
		if (to == CaseState.RECEIVED && p.receivedAt() == null) {
			return p.withReceivedAt(now);
		}
		if (to.isFinal() && p.closedAt() == null) {
			return p.withClosedAt(now);
		}
		return p;
	}

	private static String reasonOf(CaseCommand command) {
		if (command.reason() != null) {
			return command.reason();
		}
		if (command.payload() instanceof Decision decision) {
			String rules = decision.firedRules().isEmpty() ? "" : decision.firedRules() + " ";
			return decision.outcome() + " " + rules + decision.reason().zh();
		}
		return null;
	}

}
