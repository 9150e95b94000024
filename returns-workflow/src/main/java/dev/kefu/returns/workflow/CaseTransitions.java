package dev.kefu.returns.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves cases by events: each case's machine is restored from the stored case, the event
 * is sent, and the new state, the history entry and the new state's deadlines are stored.
 * A batch of events is stored in one transaction, the moves of distinct cases in one
 * statement (a case with several events takes them in order, one per statement). When
 * another change got to a case first, its event is re-evaluated against the case as it
 * now is: applied if the new state still accepts it, refused cleanly if not. Each move
 * publishes {@link ReturnCaseChanged} in the transaction that stores it; the
 * application's reactions run after the commit.
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
		this.persister = new DefaultStateMachinePersister<>(new CasePersist(deadlines));
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
	void open(ReturnCase fresh, Actor actor) {
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
		Fired fired = fireAll(List.of(new Firing(id, read, command))).get(0);
		if (fired.refused() != null) {
			throw fired.refused();
		}
		if (fired.returnCase() == null) {
			throw new ReturnCaseNotFound(id.toString());
		}
		return fired.returnCase();
	}

	/**
	 * Sends each event to its case, in one transaction (the caller's, if it has one). A
	 * refused event changes nothing and does not stop the others.
	 * @param firings the events, in the order each case is to take them
	 * @return what became of each, in the same order
	 * @throws OptimisticLockingFailureException when a case kept changing under an event
	 */
	List<Fired> fireAll(List<Firing> firings) {
		// No retry on deadlock: the batch locks only its cases (in id order) and their
		// rows; the reactions that lock conversations (the chat's notice, the review
		// escalation) run after it commits, in their own transactions.
		return this.transactions.execute((status) -> new Batch(firings).run());
	}

	/**
	 * Decides the move an event makes on a case, through the case's machine.
	 * @throws EventNotAccepted when the case's state does not allow the event
	 */
	private CaseMove decide(ReturnCase before, CaseCommand command, Instant now) {
		StateMachine<CaseState, CaseEvent> machine = this.machines.create(before.request().kind());
		try {
			CasePersist.Snapshot snapshot = new CasePersist.Snapshot(before,
					new ReturnCases.HistoryLine(now, command.actor(), command.event(), before.state(),
							reasonOf(command), command.externalEventId(),
							(command.reason() == null) ? command.decision() : null));
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
			return snapshot.move();
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			machine.stopReactively().block();
		}
	}

	/**
	 * One event for one case.
	 *
	 * @param id the case
	 * @param read the case as the caller just read it, or {@code null} to read it here
	 * @param command the event
	 */
	record Firing(ReturnCaseId id, ReturnCase read, CaseCommand command) {

	}

	/**
	 * What became of one event.
	 *
	 * @param returnCase the case after the event (as it was, when the event was refused
	 * or had been applied before), or {@code null} when there is no such case
	 * @param refused why the case's state refused the event, or {@code null}
	 */
	record Fired(ReturnCase returnCase, EventNotAccepted refused) {

	}

	/**
	 * A batch being applied: rounds of one event per case, each round's moves stored in
	 * one statement, until every event is applied or refused.
	 */
	private final class Batch {

		private final List<Firing> firings;

		private final Fired[] results;

		/** Per case, the indexes of its events still to apply, in order. */
		private final Map<ReturnCaseId, Deque<Integer>> pending = new LinkedHashMap<>();

		/** The cases as last read or stored; a conflict forgets one, to read it again. */
		private final Map<ReturnCaseId, ReturnCase> known = new HashMap<>();

		private final Map<ReturnCaseId, Integer> conflicts = new HashMap<>();

		Batch(List<Firing> firings) {
			this.firings = firings;
			this.results = new Fired[firings.size()];
			for (int i = 0; i < firings.size(); i++) {
				Firing firing = firings.get(i);
				this.pending.computeIfAbsent(firing.id(), (id) -> new ArrayDeque<>()).add(i);
				if (firing.read() != null) {
					this.known.putIfAbsent(firing.id(), firing.read());
				}
			}
		}

		List<Fired> run() {
			while (!this.pending.isEmpty()) {
				round();
			}
			return List.of(this.results);
		}

		private void round() {
			List<ReturnCaseId> unread = this.pending.keySet()
				.stream()
				.filter((id) -> !this.known.containsKey(id))
				.toList();
			if (!unread.isEmpty()) {
				CaseTransitions.this.cases.findAll(unread).forEach((c) -> this.known.put(c.id(), c));
			}
			Set<CaseHistory.ExternalEvent> applied = CaseTransitions.this.history.applied(this.pending.entrySet()
				.stream()
				.map((e) -> new CaseHistory.ExternalEvent(e.getKey(),
						this.firings.get(e.getValue().peek()).command().externalEventId()))
				.filter((e) -> e.id() != null)
				.toList());
			Instant now = CaseTransitions.this.clock.instant();
			List<CaseMove> moves = new ArrayList<>();
			for (Map.Entry<ReturnCaseId, Deque<Integer>> entry : List.copyOf(this.pending.entrySet())) {
				ReturnCaseId id = entry.getKey();
				int index = entry.getValue().peek();
				CaseCommand command = this.firings.get(index).command();
				ReturnCase before = this.known.get(id);
				if (before == null) {
					done(id, new Fired(null, null));
				}
				else if (applied.contains(new CaseHistory.ExternalEvent(id, command.externalEventId()))) {
					done(id, new Fired(before, null));
				}
				else {
					try {
						moves.add(decide(before, command, now));
					}
					catch (EventNotAccepted ex) {
						done(id, new Fired(before, ex));
					}
				}
			}
			if (!moves.isEmpty()) {
				store(moves);
			}
		}

		private void store(List<CaseMove> moves) {
			Set<ReturnCaseId> stored = CaseTransitions.this.cases.moveAll(moves);
			for (CaseMove move : moves) {
				ReturnCaseId id = move.changed().id();
				if (stored.contains(id)) {
					ReturnCase after = move.stored();
					CaseCommand command = this.firings.get(this.pending.get(id).peek()).command();
					this.known.put(id, after);
					done(id, new Fired(after, null));
					CaseTransitions.this.events.publishEvent(
							new ReturnCaseChanged(after, command.event(), move.entry().from(), command.actor()));
				}
				else {
					this.known.remove(id);
					if (this.conflicts.merge(id, 1, Integer::sum) == ATTEMPTS) {
						throw new OptimisticLockingFailureException(
								"Return case " + id + " kept changing; gave up after " + ATTEMPTS + " attempts.");
					}
				}
			}
		}

		/** Settles the case's next event. */
		private void done(ReturnCaseId id, Fired fired) {
			Deque<Integer> queue = this.pending.get(id);
			this.results[queue.poll()] = fired;
			if (queue.isEmpty()) {
				this.pending.remove(id);
			}
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
		Decision decision = command.decision();
		if (decision != null) {
			String rules = decision.firedRules().isEmpty() ? "" : decision.firedRules() + " ";
			return decision.outcome() + " " + rules + decision.reason().zh();
		}
		return null;
	}

}
