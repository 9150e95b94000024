package dev.kefu.returns.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.StaffAction;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's published reads of the stored cases, over its own tables.
 */
class StoredCases implements ReturnCaseQueries, ReturnsRetention, ReturnsByDay {

	private final ReturnCases cases;

	private final CaseHistory history;

	private final JdbcClient jdbc;

	private final CaseMachines machines;

	StoredCases(ReturnCases cases, CaseHistory history, JdbcClient jdbc, CaseMachines machines) {
		this.cases = cases;
		this.history = history;
		this.jdbc = jdbc;
		this.machines = machines;
	}

	@Override
	public Set<UUID> listingPhotosOf(ReturnCaseId id) {
		return Set.copyOf(this.jdbc.sql("select photo_id from return_case_photos where case_id = ? and listing_photo")
			.param(id.value())
			.query(UUID.class)
			.list());
	}

	@Override
	public Optional<ReturnCase> find(ReturnCaseId id) {
		return this.cases.find(id);
	}

	@Override
	public Optional<ReturnCase> findOwnedBy(ShopperRef shopper, ReturnCaseId id) {
		return this.cases.findOwnedBy(shopper, id);
	}

	@Override
	public List<ReturnCase> ofShopper(ShopperRef shopper, int limit) {
		return this.cases.ofShopper(shopper, limit);
	}

	@Override
	public List<ReturnCase> inStates(List<CaseState> states, int limit) {
		return this.cases.inStates(states, limit);
	}

	@Override
	public List<ReturnCase> inStatesOf(Collection<String> shops, List<CaseState> states, int limit) {
		return this.cases.inStatesOf(shops, states, limit);
	}

	@Override
	public Map<CaseState, Long> countByState() {
		return this.cases.countByState();
	}

	@Override
	public Map<CaseState, Long> countByStateOf(Collection<String> shops) {
		return this.cases.countByStateOf(shops);
	}

	@Override
	public List<HistoryEntry> history(ReturnCaseId id) {
		return this.history.of(id);
	}

	@Override
	public Set<UUID> photosCitedElsewhere(ReturnCase c) {
		return this.cases.photosCitedByOthers(c);
	}

	@Override
	public Set<StaffAction> staffActions(ReturnCase c) {
		Set<CaseEvent> accepted = this.machines.triggers(c.request().kind(), c.state());
		return Arrays.stream(StaffAction.values())
			.filter((action) -> accepted.contains(action.event()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffAction.class)));
	}

	@Override
	public int deleteEndedBefore(Instant endedBefore) {
		return this.cases.deleteEndedBefore(endedBefore);
	}

	@Override
	public int deleteOf(ShopperRef shopper) {
		return this.cases.deleteOf(shopper);
	}

	@Override
	public List<Day> opened(ZoneId zone, Instant from, Instant to, Collection<String> shops) {
		boolean every = shops == null;
		String[] shopIds = every ? new String[0] : shops.toArray(String[]::new);
		return this.jdbc
			.sql("""
					select (c.created_at at time zone ?)::date as day, count(*) as total,
					  count(*) filter (where h.reviewed) as reviewed,
					  count(*) filter (where h.rejected) as rejected,
					  count(*) filter (where h.auto_approved and not h.reviewed) as auto_approved,
					  percentile_cont(0.5) within group (order by extract(epoch from h.refunded_at - c.created_at) / 3600) as refund_p50,
					  percentile_cont(0.9) within group (order by extract(epoch from h.refunded_at - c.created_at) / 3600) as refund_p90
					from return_cases c
					cross join lateral (
					  select bool_or(to_state = ?) as reviewed, bool_or(to_state = ?) as rejected,
					         bool_or(to_state = ? and actor_type = 'SYSTEM') as auto_approved,
					         min(at) filter (where to_state = ?) as refunded_at
					  from return_case_history where case_id = c.case_id) h
					where c.created_at >= ? and c.created_at < ? and (? or c.shop_id = any(?))
					group by 1
					""")
			.params(zone.getId(), CaseState.UNDER_REVIEW.name(), CaseState.REJECTED.name(), CaseState.APPROVED.name(),
					CaseState.REFUNDED.name(), Timestamp.from(from), Timestamp.from(to), every, shopIds)
			.query(StoredCases::day)
			.list();
	}

	private static Day day(ResultSet row, int n) throws SQLException {
		return new Day(row.getObject("day", LocalDate.class), row.getLong("total"), row.getLong("auto_approved"),
				row.getLong("reviewed"), row.getLong("rejected"), hours(row, "refund_p50"), hours(row, "refund_p90"));
	}

	private static Double hours(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

}
