package dev.kefu.returns.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.ShopperHistory;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.ReturnedItem;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored cases: their current state and extended state. Every move goes through
 * {@link #moveAll}, which refuses a move made from a stale version.
 */
class ReturnCases {

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
	 * Cases of some shops in some states, longest unchanged first.
	 * @param shops the shops
	 * @param states the states (empty for all)
	 * @param limit the most to return
	 * @return the cases
	 */
	public List<ReturnCase> inStatesOf(Collection<String> shops, List<CaseState> states, int limit) {
		String[] shopIds = shops.toArray(String[]::new);
		if (states.isEmpty()) {
			return this.jdbc
				.sql("select " + COLUMNS + " from return_cases where shop_id = any(?) order by updated_at desc limit ?")
				.params(shopIds, limit)
				.query(ReturnCases::read)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from return_cases where shop_id = any(?) and state = any(?) order by updated_at limit ?")
			.params(shopIds, states.stream().map(Enum::name).toArray(String[]::new), limit)
			.query(ReturnCases::read)
			.list();
	}

	/**
	 * How many cases there are in each state.
	 * @return state name to count
	 */
	public Map<CaseState, Long> countByState() {
		Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
		this.jdbc.sql("select state, count(*) as n from return_cases group by state")
			.query((rs, i) -> counts.put(CaseState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * How many cases some shops have in each state.
	 * @param shops the shops
	 * @return state name to count
	 */
	public Map<CaseState, Long> countByStateOf(Collection<String> shops) {
		Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
		this.jdbc.sql("select state, count(*) as n from return_cases where shop_id = any(?) group by state")
			.param(shops.toArray(String[]::new))
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

	List<ReturnCase> findAll(Collection<ReturnCaseId> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from return_cases where case_id = any(?::uuid[])")
			.param(ids.stream().map((id) -> id.value().toString()).toArray(String[]::new))
			.query(ReturnCases::read)
			.list();
	}

	/** Which parcel of a case a tracking number is for. */
	enum Parcel {

		/** The parcel the courier collects from the shopper. */
		RETURN("pickup_tracking"),

		/** An exchange's replacement, on its way to the shopper. */
		REPLACEMENT("replacement_tracking");

		private final String column;

		Parcel(String column) {
			this.column = column;
		}

	}

	/**
	 * The cases whose parcels of one kind have these tracking numbers.
	 */
	List<ReturnCase> findByTrackings(Parcel parcel, Collection<String> trackingNumbers) {
		String column = parcel.column;
		if (trackingNumbers.size() == 1) {
			// PostgreSQL plans the array form again on every call (about 0.1 ms, as much
			// as running it); the scalar form keeps its plan.
			return this.jdbc.sql("select " + COLUMNS + " from return_cases where " + column + " = ?")
				.param(trackingNumbers.iterator().next())
				.query(ReturnCases::read)
				.list();
		}
		return this.jdbc.sql("select " + COLUMNS + " from return_cases where " + column + " = any(?::text[])")
			.param(trackingNumbers.toArray(String[]::new))
			.query(ReturnCases::read)
			.list();
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
		List<ShopperHistory.Dated> returns = new ArrayList<>();
		List<ShopperHistory.Dated> parcelClaims = new ArrayList<>();
		this.jdbc
			.sql("""
					select created_at, amount, request ->> 'reason' as reason from return_cases
					where shop_id = ? and shopper_id = ? and case_id <> ? and state not in ('CANCELLED', 'REJECTED', 'EXPIRED')
					order by created_at desc limit 500
					""")
			.params(shopper.shopId(), shopper.shopperId(), except.value())
			.query((rs) -> {
				ShopperHistory.Dated dated = new ShopperHistory.Dated(rs.getTimestamp("created_at").toInstant(),
						rs.getBigDecimal("amount"));
				returns.add(dated);
				String reason = rs.getString("reason");
				if (reason != null && ReturnReason.valueOf(reason).isParcelClaim()) {
					parcelClaims.add(dated);
				}
			});
		return new ShopperHistory(returns, purchases, parcelClaims);
	}

	/**
	 * How many of a case's photos another case of the shop already cites.
	 * @param c the case
	 * @return the count
	 */
	int photosCitedElsewhere(ReturnCase c) {
		if (c.request().photoIds().isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				select count(distinct photo_id) from return_case_photos
				where shop_id = ? and photo_id = any(?) and case_id <> ?
				""")
			.params(c.request().shopper().shopId(), c.request().photoIds().toArray(UUID[]::new), c.id().value())
			.query(Integer.class)
			.single();
	}

	/**
	 * Marks which of a case's photos are the shop's own listing photo (and that the
	 * others are not: the facts are gathered again when a case waited for the order
	 * system).
	 * @param c the case
	 * @param photoIds its photos that are
	 */
	void markListingPhotos(ReturnCase c, Set<UUID> photoIds) {
		if (c.request().photoIds().isEmpty()) {
			return;
		}
		this.jdbc.sql("update return_case_photos set listing_photo = (photo_id = any(?)) where case_id = ?")
			.params(photoIds.toArray(UUID[]::new), c.id().value())
			.update();
	}

	/**
	 * Which of a case's photos another case of the shop already cites.
	 * @param c the case
	 * @return those photos
	 */
	Set<UUID> photosCitedByOthers(ReturnCase c) {
		if (c.request().photoIds().isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select distinct photo_id from return_case_photos
				where shop_id = ? and photo_id = any(?) and case_id <> ?
				""")
			.params(c.request().shopper().shopId(), c.request().photoIds().toArray(UUID[]::new), c.id().value())
			.query(UUID.class)
			.list());
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
		if (!c.request().photoIds().isEmpty()) {
			this.jdbc.sql("""
					insert into return_case_photos (case_id, shop_id, photo_id)
					select ?, ?, unnest(?::uuid[]) on conflict do nothing
					""")
				.params(c.id().value(), c.request().shopper().shopId(),
						c.request().photoIds().stream().distinct().toArray(UUID[]::new))
				.update();
		}
	}

	/**
	 * Stores moves of distinct cases in one statement, each only if no one changed its
	 * case since it was read: the new state and progress, the history entry, and the new
	 * state's tasks (tasks of the old state that the new one does not have are dropped).
	 * A move from a stale read changes nothing and is left out of the answer.
	 * @param moves the moves, at most one per case
	 * @return the cases whose moves were stored
	 */
	Set<ReturnCaseId> moveAll(List<CaseMove> unsorted) {
		// Sorted by case, so that two batches over the same cases lock them in the same
		// order rather than deadlock.
		List<CaseMove> moves = unsorted.stream().sorted(Comparator.comparing((m) -> m.changed().id().value())).toList();
		int n = moves.size();
		String[] ids = new String[n];
		Long[] versions = new Long[n];
		String[] states = new String[n];
		String[] ats = new String[n];
		String[] progress = new String[n];
		String[] pickups = new String[n];
		String[] replacements = new String[n];
		String[] actorTypes = new String[n];
		String[] actorNames = new String[n];
		String[] events = new String[n];
		String[] froms = new String[n];
		String[] reasons = new String[n];
		String[] externalIds = new String[n];
		String[] decisions = new String[n];
		List<String[]> tasks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			CaseMove move = moves.get(i);
			CaseProgress p = move.changed().progress();
			String id = move.changed().id().value().toString();
			ids[i] = id;
			versions[i] = move.changed().version();
			states[i] = move.to().name();
			ats[i] = move.entry().at().toString();
			progress[i] = CaseJson.write(p);
			pickups[i] = (p.pickup() != null) ? p.pickup().trackingNumber() : null;
			replacements[i] = (p.replacement() != null) ? p.replacement().trackingNumber() : null;
			actorTypes[i] = move.entry().actor().type().name();
			actorNames[i] = move.entry().actor().name();
			events[i] = move.entry().event().name();
			froms[i] = move.entry().from().name();
			reasons[i] = move.entry().reason();
			externalIds[i] = move.entry().externalEventId();
			decisions[i] = (move.entry().decision() != null) ? CaseJson.write(move.entry().decision()) : null;
			move.tasks().forEach((kind, due) -> tasks.add(new String[] { id, kind.name(), due.toString() }));
		}
		List<UUID> moved = this.jdbc
			.sql("""
					with input as (
					    select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],
					        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					        as i(case_id, version, state, at, progress, pickup_tracking, replacement_tracking,
					            actor_type, actor_name, event, from_state, reason, external_event_id, decision)),
					moved as (
					    update return_cases c set state = i.state, version = c.version + 1, updated_at = i.at,
					        progress = i.progress::jsonb, pickup_tracking = i.pickup_tracking,
					        replacement_tracking = i.replacement_tracking
					    from input i
					    where c.case_id = i.case_id and c.version = i.version
					    returning c.case_id),
					history as (
					    insert into return_case_history (case_id, seq, at, actor_type, actor_name, event, from_state, to_state,
					        reason, external_event_id, decision)
					    select i.case_id,
					        (select coalesce(max(h.seq), 0) + 1 from return_case_history h where h.case_id = i.case_id),
					        i.at, i.actor_type, i.actor_name, i.event, i.from_state, i.state, i.reason, i.external_event_id,
					        i.decision::jsonb
					    from input i join moved using (case_id)),
					due as (
					    select d.* from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as d(case_id, kind, due_at)
					    join moved using (case_id)),
					dropped as (
					    delete from return_case_tasks t
					    where t.case_id in (select case_id from moved)
					        and not exists (select 1 from due where due.case_id = t.case_id and due.kind = t.kind)),
					scheduled as (
					    insert into return_case_tasks (case_id, kind, due_at)
					    select case_id, kind, due_at from due
					    on conflict (case_id, kind) do update set due_at = excluded.due_at, attempts = 0, last_error = null)
					select case_id from moved
					""")
			.params(ids, versions, states, ats, progress, pickups, replacements, actorTypes, actorNames, events, froms,
					reasons, externalIds, decisions, column(tasks, 0), column(tasks, 1), column(tasks, 2))
			.query(UUID.class)
			.list();
		Set<ReturnCaseId> stored = new HashSet<>();
		moved.forEach((id) -> stored.add(new ReturnCaseId(id)));
		return stored;
	}

	private static String[] column(List<String[]> rows, int column) {
		return rows.stream().map((row) -> row[column]).toArray(String[]::new);
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
	record HistoryLine(Instant at, Actor actor, CaseEvent event, CaseState from, String reason, String externalEventId,
			Decision decision) {

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
	public int deleteEndedBefore(Instant endedBefore) {
		return this.jdbc
			.sql("delete from return_cases where state in ('COMPLETED', 'CANCELLED', 'EXPIRED') and updated_at < ?")
			.param(Timestamp.from(endedBefore))
			.update();
	}

	/**
	 * Deletes all of a shopper's cases (erasure where the shop keeps no transaction
	 * records here).
	 * @param shopper the shopper
	 * @return how many were deleted
	 */
	public int deleteOf(ShopperRef shopper) {
		return this.jdbc.sql("delete from return_cases where shop_id = ? and shopper_id = ?")
			.params(shopper.shopId(), shopper.shopperId())
			.update();
	}

}
