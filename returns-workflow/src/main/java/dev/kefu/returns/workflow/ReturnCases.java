package dev.kefu.returns.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.approval.ShopperHistory;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.ReturnedItem;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored cases: their current state and extended state. Every change goes through
 * {@link #update}, which refuses a change made from a stale version.
 */
public class ReturnCases {

	private static final String COLUMNS = "case_id, state, version, created_at, updated_at, request, item, progress";

	private final JdbcClient jdbc;

	ReturnCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One case.
	 * @param id the case
	 * @return the case, or empty
	 */
	public Optional<ReturnCase> find(ReturnCaseId id) {
		return this.jdbc.sql("select " + COLUMNS + " from return_cases where case_id = ?")
			.param(id.value())
			.query(ReturnCases::read)
			.optional();
	}

	/**
	 * One case, only if it is the shopper's.
	 * @param shopper who asks
	 * @param id the case
	 * @return the case, or empty when there is none or it is someone else's
	 */
	public Optional<ReturnCase> findOwnedBy(ShopperRef shopper, ReturnCaseId id) {
		return find(id).filter((c) -> c.request().shopper().equals(shopper));
	}

	/**
	 * The shopper's cases, newest first.
	 * @param shopper whose
	 * @param limit the most to return
	 * @return the cases
	 */
	public List<ReturnCase> ofShopper(ShopperRef shopper, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from return_cases where shop_id = ? and shopper_id = ? order by created_at desc limit ?")
			.params(shopper.shopId(), shopper.shopperId(), limit)
			.query(ReturnCases::read)
			.list();
	}

	/**
	 * Cases in some states, longest unchanged first: the ops and agent work lists.
	 * @param states the states (empty for all)
	 * @param limit the most to return
	 * @return the cases
	 */
	public List<ReturnCase> inStates(List<CaseState> states, int limit) {
		if (states.isEmpty()) {
			return this.jdbc.sql("select " + COLUMNS + " from return_cases order by updated_at desc limit ?")
				.param(limit)
				.query(ReturnCases::read)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from return_cases where state = any(?) order by updated_at limit ?")
			.params(states.stream().map(Enum::name).toArray(String[]::new), limit)
			.query(ReturnCases::read)
			.list();
	}

	/**
	 * How many cases there are in each state.
	 * @return state name to count
	 */
	public java.util.Map<CaseState, Long> countByState() {
		java.util.Map<CaseState, Long> counts = new java.util.EnumMap<>(CaseState.class);
		this.jdbc.sql("select state, count(*) as n from return_cases group by state")
			.query((rs, i) -> counts.put(CaseState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	Optional<ReturnCase> findByRequestKey(String shopId, String requestKey) {
		return this.jdbc.sql("select " + COLUMNS + " from return_cases where shop_id = ? and request_key = ?")
			.params(shopId, requestKey)
			.query(ReturnCases::read)
			.optional();
	}

	Optional<ReturnCase> findByTracking(String column, String trackingNumber) {
		return this.jdbc.sql("select " + COLUMNS + " from return_cases where " + column + " = ?")
			.param(trackingNumber)
			.query(ReturnCases::read)
			.optional();
	}

	List<ReturnCase> holdingItemsOfLine(String shopId, String orderId, int lineNumber) {
		return this.jdbc
			.sql("select " + COLUMNS + " from return_cases where shop_id = ? and order_id = ? and line_number = ?")
			.params(shopId, orderId, lineNumber)
			.query(ReturnCases::read)
			.list()
			.stream()
			.filter((c) -> c.state().holdsItems())
			.toList();
	}

	/**
	 * Serialises the opening of cases on one order line, so that two requests for the
	 * last unit do not both become cases. Call inside a transaction.
	 */
	void lockLine(String shopId, String orderId, int lineNumber) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param(shopId + "/" + orderId + "#" + lineNumber)
			.query((rs, i) -> 0)
			.list();
	}

	ShopperHistory historyOf(ShopperRef shopper, ReturnCaseId except, List<ShopperHistory.Dated> purchases) {
		List<ShopperHistory.Dated> returns = this.jdbc
			.sql("""
					select created_at, amount from return_cases
					where shop_id = ? and shopper_id = ? and case_id <> ? and state not in ('CANCELLED', 'REJECTED', 'EXPIRED')
					order by created_at desc limit 500
					""")
			.params(shopper.shopId(), shopper.shopperId(), except.value())
			.query((rs, i) -> new ShopperHistory.Dated(rs.getTimestamp("created_at").toInstant(),
					rs.getBigDecimal("amount")))
			.list();
		return new ShopperHistory(returns, purchases);
	}

	ReturnCase withItem(ReturnCase c, ReturnedItem item) {
		ReturnCase known = new ReturnCase(c.id(), c.request(), item, c.state(), c.version(), c.createdAt(),
				c.updatedAt(), c.progress());
		this.jdbc.sql("update return_cases set item = ?::jsonb, amount = ? where case_id = ?")
			.params(CaseJson.write(item), known.amount(), c.id().value())
			.update();
		return known;
	}

	void insert(ReturnCase c) {
		this.jdbc.sql("""
				insert into return_cases (case_id, shop_id, shopper_id, kind, order_id, line_number, quantity, amount,
				    request_key, state, version, created_at, updated_at, request, item, progress)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
				""")
			.params(c.id().value(), c.request().shopper().shopId(), c.request().shopper().shopperId(),
					c.request().kind().name(), c.request().orderId(), c.request().lineNumber(), c.request().quantity(),
					c.amount(), c.request().requestKey(), c.state().name(), c.version(), Timestamp.from(c.createdAt()),
					Timestamp.from(c.updatedAt()), CaseJson.write(c.request()), CaseJson.write(c.item()),
					CaseJson.write(c.progress()))
			.update();
	}

	/**
	 * Stores a case's move in one statement, only if no one changed the case since it was
	 * read: its new state and progress, the history entry, and the new state's tasks
	 * (tasks of the old state that the new one does not have are dropped).
	 * @param changed the case with its new progress, still at the version it was read at
	 * @param state its new state
	 * @param entry the history entry
	 * @param tasks the new state's tasks
	 * @return the case as stored, one version on
	 * @throws OptimisticLockingFailureException if the stored version moved on
	 */
	ReturnCase move(ReturnCase changed, CaseState state, HistoryLine entry, Map<TaskKind, Instant> tasks) {
		CaseProgress p = changed.progress();
		String[] kinds = tasks.keySet().stream().map(Enum::name).toArray(String[]::new);
		String[] dues = tasks.keySet().stream().map((k) -> tasks.get(k).toString()).toArray(String[]::new);
		long moved = this.jdbc
			.sql("""
					with moved as (
					    update return_cases set state = ?, version = version + 1, updated_at = ?, progress = ?::jsonb,
					        pickup_tracking = ?, replacement_tracking = ?
					    where case_id = ? and version = ?
					    returning case_id),
					history as (
					    insert into return_case_history (case_id, seq, at, actor_type, actor_name, event, from_state, to_state,
					        reason, external_event_id)
					    select moved.case_id,
					        (select coalesce(max(h.seq), 0) + 1 from return_case_history h where h.case_id = moved.case_id),
					        ?, ?, ?, ?, ?, ?, ?, ?
					    from moved),
					dropped as (
					    delete from return_case_tasks
					    where case_id in (select case_id from moved) and not (kind = any(?::text[]))),
					scheduled as (
					    insert into return_case_tasks (case_id, kind, due_at)
					    select moved.case_id, t.kind, t.due_at from moved, unnest(?::text[], ?::timestamptz[]) as t(kind, due_at)
					    on conflict (case_id, kind) do update set due_at = excluded.due_at, attempts = 0, last_error = null)
					select count(*) from moved
					""")
			.params(state.name(), Timestamp.from(entry.at()), CaseJson.write(p),
					(p.pickup() != null) ? p.pickup().trackingNumber() : null,
					(p.replacement() != null) ? p.replacement().trackingNumber() : null, changed.id().value(),
					changed.version(), Timestamp.from(entry.at()), entry.actor().type().name(), entry.actor().name(),
					entry.event().name(), entry.from().name(), state.name(), entry.reason(), entry.externalEventId(),
					kinds, kinds, dues)
			.query(Long.class)
			.single();
		if (moved == 0) {
			throw new OptimisticLockingFailureException(
					"Return case " + changed.id() + " changed since version " + changed.version() + " was read.");
		}
		return changed.moved(state, changed.version() + 1, entry.at());
	}

	/**
	 * A history entry to store with a move.
	 *
	 * @param at when
	 * @param actor who or what
	 * @param event what happened
	 * @param from the state before
	 * @param reason why, or {@code null}
	 * @param externalEventId the external event's id, or {@code null}
	 */
	record HistoryLine(Instant at, dev.kefu.returns.cases.Actor actor, dev.kefu.returns.cases.CaseEvent event,
			CaseState from, String reason, String externalEventId) {

		HistoryLine {
			if (reason != null && reason.length() > 1000) {
				reason = reason.substring(0, 1000);
			}
		}

	}

	private static ReturnCase read(ResultSet rs, int row) throws SQLException {
		return new ReturnCase(new ReturnCaseId(rs.getObject("case_id", UUID.class)),
				CaseJson.read(rs.getString("request"), ReturnRequest.class),
				CaseJson.read(rs.getString("item"), ReturnedItem.class), CaseState.valueOf(rs.getString("state")),
				rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), CaseJson.read(rs.getString("progress"), CaseProgress.class));
	}

	/**
	 * Deletes the cases that ended (completed, cancelled, expired) before a moment, with
	 * their history and tasks: the end of the retention period for transaction records.
	 * @param endedBefore the moment
	 * @return how many were deleted
	 */
	public int deleteEndedBefore(java.time.Instant endedBefore) {
		return this.jdbc
			.sql("delete from return_cases where state in ('COMPLETED', 'CANCELLED', 'EXPIRED') and updated_at < ?")
			.param(java.sql.Timestamp.from(endedBefore))
			.update();
	}

	/**
	 * Deletes all of a shopper's cases (erasure where the shop keeps no transaction
	 * records here).
	 * @param shopper the shopper
	 * @return how many were deleted
	 */
	public int deleteOf(dev.kefu.returns.orders.ShopperRef shopper) {
		return this.jdbc.sql("delete from return_cases where shop_id = ? and shopper_id = ?")
			.params(shopper.shopId(), shopper.shopperId())
			.update();
	}

}
