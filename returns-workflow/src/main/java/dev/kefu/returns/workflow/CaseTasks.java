package dev.kefu.returns.workflow;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.cases.ReturnCaseId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored deadlines and pending side effects. Nodes take due tasks under a lease, so
 * that a task is run by one node at a time and a node that dies mid-task only delays it.
 */
class CaseTasks {

	private final JdbcClient jdbc;

	CaseTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(ReturnCaseId id, Map<TaskKind, Instant> tasks) {
		this.jdbc.sql("delete from return_case_tasks where case_id = ?").param(id.value()).update();
		tasks.forEach(
				(kind, due) -> this.jdbc.sql("insert into return_case_tasks (case_id, kind, due_at) values (?, ?, ?)")
					.params(id.value(), kind.name(), Timestamp.from(due))
					.update());
	}

	List<CaseTask> takeDue(Instant now, int limit, Duration lease) {
		// RETURNING gives rows in storage order, so the order is restored after the
		// update:
		// earliest first, and at the same instant first scheduled first (two exchanges
		// after
		// the last unit in stock are served in the order they got there).
		return this.jdbc.sql("""
				with taken as (
				  update return_case_tasks t set due_at = ?, attempts = t.attempts + 1
				  from (select case_id, kind, due_at from return_case_tasks where due_at <= ?
				        order by due_at, scheduled limit ? for update skip locked) due
				  where t.case_id = due.case_id and t.kind = due.kind
				  returning t.case_id, t.kind, t.attempts, due.due_at as was_due, t.scheduled)
				select case_id, kind, attempts from taken order by was_due, scheduled
				""")
			.params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
			.query((rs, i) -> new CaseTask(new ReturnCaseId(rs.getObject("case_id", UUID.class)),
					TaskKind.valueOf(rs.getString("kind")), now, rs.getInt("attempts")))
			.list();
	}

	List<CaseTask> of(ReturnCaseId id) {
		return this.jdbc
			.sql("select case_id, kind, due_at, attempts from return_case_tasks where case_id = ? order by due_at")
			.param(id.value())
			.query((rs, i) -> new CaseTask(id, TaskKind.valueOf(rs.getString("kind")),
					rs.getTimestamp("due_at").toInstant(), rs.getInt("attempts")))
			.list();
	}

	void retryLater(CaseTask task, Instant due, String error) {
		this.jdbc.sql("update return_case_tasks set due_at = ?, last_error = ? where case_id = ? and kind = ?")
			.params(Timestamp.from(due), (error != null && error.length() > 500) ? error.substring(0, 500) : error,
					task.caseId().value(), task.kind().name())
			.update();
	}

	void remove(CaseTask task) {
		this.jdbc.sql("delete from return_case_tasks where case_id = ? and kind = ?")
			.params(task.caseId().value(), task.kind().name())
			.update();
	}

	Instant nextDue() {
		return this.jdbc.sql("select min(due_at) from return_case_tasks")
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single()
			.orElse(null);
	}

}
