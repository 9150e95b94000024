package dev.kefu.returns.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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
public class CaseHistory {

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
				select seq, at, actor_type, actor_name, event, from_state, to_state, reason
				from return_case_history where case_id = ? order by seq
				""").param(id.value()).query((rs, i) -> {
			String event = rs.getString("event");
			String from = rs.getString("from_state");
			return new HistoryEntry(rs.getInt("seq"), rs.getTimestamp("at").toInstant(),
					new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_name")),
					(event != null) ? CaseEvent.valueOf(event) : null, (from != null) ? CaseState.valueOf(from) : null,
					CaseState.valueOf(rs.getString("to_state")), rs.getString("reason"));
		}).list();
	}

	boolean hasExternalEvent(ReturnCaseId id, String externalEventId) {
		return this.jdbc.sql("select count(*) from return_case_history where case_id = ? and external_event_id = ?")
			.params(id.value(), externalEventId)
			.query(Long.class)
			.single() > 0;
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
