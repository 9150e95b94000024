package dev.kefu.returns.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCaseId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only history of every case. Entries are only ever inserted, by the same
 * transaction that moves the case, whose version check serialises them.
 */
class CaseHistory {

	private final JdbcClient jdbc;

	CaseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A case's history, oldest first.
	 * @param id the case
	 * @return its entries
	 */
	public List<HistoryEntry> of(ReturnCaseId id) {
		return this.jdbc.sql("""
				select seq, at, actor_type, actor_name, event, from_state, to_state, reason, decision
				from return_case_history where case_id = ? order by seq
				""").param(id.value()).query((rs, i) -> {
			String event = rs.getString("event");
			String from = rs.getString("from_state");
			String decision = rs.getString("decision");
			return new HistoryEntry(rs.getInt("seq"), rs.getTimestamp("at").toInstant(),
					new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_name")),
					(event != null) ? CaseEvent.valueOf(event) : null, (from != null) ? CaseState.valueOf(from) : null,
					CaseState.valueOf(rs.getString("to_state")), rs.getString("reason"),
					(decision != null) ? CaseJson.read(decision, Decision.class) : null);
		}).list();
	}

	/**
	 * Which of these external events the cases' histories already hold (a carrier or
	 * payment system that delivers an event again).
	 * @param events case and external event id pairs
	 * @return the pairs already applied
	 */
	Set<ExternalEvent> applied(Collection<ExternalEvent> events) {
		if (events.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select h.case_id, h.external_event_id from return_case_history h
				join unnest(?::uuid[], ?::text[]) as e(case_id, external_event_id)
				    on h.case_id = e.case_id and h.external_event_id = e.external_event_id
				""")
			.params(events.stream().map((e) -> e.caseId().value().toString()).toArray(String[]::new),
					events.stream().map(ExternalEvent::id).toArray(String[]::new))
			.query((rs, i) -> new ExternalEvent(new ReturnCaseId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list());
	}

	/**
	 * An external system's event on a case.
	 *
	 * @param caseId the case
	 * @param id the external system's event id
	 */
	record ExternalEvent(ReturnCaseId caseId, String id) {

	}

	void append(ReturnCaseId id, Instant at, Actor actor, CaseEvent event, CaseState from, CaseState to, String reason,
			String externalEventId) {
		this.jdbc.sql("""
				insert into return_case_history (case_id, seq, at, actor_type, actor_name, event, from_state, to_state,
				    reason, external_event_id)
				values (?, (select coalesce(max(seq), 0) + 1 from return_case_history where case_id = ?),
				    ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id.value(), id.value(), Timestamp.from(at), actor.type().name(), actor.name(),
					(event != null) ? event.name() : null, (from != null) ? from.name() : null, to.name(),
					(reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason, externalEventId)
			.update();
	}

}
