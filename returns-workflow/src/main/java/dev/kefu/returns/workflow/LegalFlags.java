package dev.kefu.returns.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.law.LegalClock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The legal clocks that ran out, or came close, on each case (SAMR Art. 13 and 31): what
 * alerted and what was escalated, kept so that each goes out once.
 */
public class LegalFlags {

	private final JdbcClient jdbc;

	LegalFlags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a clock's stage unless it is recorded already.
	 * @return {@code true} when this is the first time
	 */
	boolean record(ReturnCaseId id, LegalClock clock, boolean passed, Instant dueAt, Instant at) {
		return this.jdbc.sql("""
				insert into return_case_legal_flags (case_id, clock, passed, due_at, flagged_at)
				values (?, ?, ?, ?, ?) on conflict do nothing
				""").params(id.value(), clock.name(), passed, Timestamp.from(dueAt), Timestamp.from(at)).update() == 1;
	}

	/**
	 * A case's flags, oldest first.
	 * @param id the case
	 * @return what alerted or ran out, and when
	 */
	public List<Flag> of(ReturnCaseId id) {
		return this.jdbc.sql(
				"select clock, passed, due_at, flagged_at from return_case_legal_flags where case_id = ? order by flagged_at, clock")
			.param(id.value())
			.query((rs, i) -> new Flag(LegalClock.valueOf(rs.getString("clock")), rs.getBoolean("passed"),
					rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("flagged_at").toInstant()))
			.list();
	}

	/**
	 * One clock's stage on a case.
	 *
	 * @param clock the clock
	 * @param passed {@code false} for the alert before it, {@code true} once it ran out
	 * @param dueAt when it runs out
	 * @param flaggedAt when Kefu noticed
	 */
	public record Flag(LegalClock clock, boolean passed, Instant dueAt, Instant flaggedAt) {
	}

}
