package dev.kefu.returns.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
	 * Stores a case's new state and progress, only if no one changed it since it was
	 * read.
	 * @param c the case, with the version it was read at
	 * @param state its new state
	 * @param at when
	 * @return the case as stored, one version on
	 * @throws OptimisticLockingFailureException if the stored version moved on
	 */
	ReturnCase update(ReturnCase c, CaseState state, Instant at) {
		CaseProgress p = c.progress();
		int updated = this.jdbc.sql("""
				update return_cases set state = ?, version = version + 1, updated_at = ?, progress = ?::jsonb,
				    pickup_tracking = ?, replacement_tracking = ?
				where case_id = ? and version = ?
				""")
			.params(state.name(), Timestamp.from(at), CaseJson.write(p),
					(p.pickup() != null) ? p.pickup().trackingNumber() : null,
					(p.replacement() != null) ? p.replacement().trackingNumber() : null, c.id().value(), c.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Return case " + c.id() + " changed since version " + c.version() + " was read.");
		}
		return c.moved(state, c.version() + 1, at);
	}

	private static ReturnCase read(ResultSet rs, int row) throws SQLException {
		return new ReturnCase(new ReturnCaseId(rs.getObject("case_id", UUID.class)),
				CaseJson.read(rs.getString("request"), ReturnRequest.class),
				CaseJson.read(rs.getString("item"), ReturnedItem.class), CaseState.valueOf(rs.getString("state")),
				rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), CaseJson.read(rs.getString("progress"), CaseProgress.class));
	}

}
