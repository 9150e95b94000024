package dev.kefu.bot.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.returns.workflow.ReturnsByDay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard from the stored data, one aggregate query per table, grouped by
 * UTC day. A conversation's language is that of the shopper's first message: Chinese if
 * it has Han characters, in Simplified or Traditional script ({@code zh-Hans},
 * {@code zh-Hant}), else English.
 */
@Service
public class Insights {

	private static final int TOP = 10;

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private final JdbcClient jdbc;

	private final KnowledgeGaps gaps;

	private final ReturnsByDay returns;

	Insights(JdbcClient jdbc, KnowledgeGaps gaps, ReturnsByDay returns) {
		this.jdbc = jdbc;
		this.gaps = gaps;
		this.returns = returns;
	}

	/**
	 * One shop's dashboard over a period, its days counted in the shop's time zone.
	 * @param shopId the shop
	 * @param zone the shop's time zone
	 * @param from the first day
	 * @param to the last day, inclusive
	 * @return the report
	 */
	public InsightsReport report(String shopId, ZoneId zone, LocalDate from, LocalDate to) {
		return forShops(new String[] { shopId }, zone, from, to);
	}

	/**
	 * Every shop's dashboard together over a period, by UTC day (the gauges).
	 * @param from the first day
	 * @param to the last day, inclusive
	 * @return the report
	 */
	public InsightsReport allShops(LocalDate from, LocalDate to) {
		return forShops(null, ZoneOffset.UTC, from, to);
	}

	private InsightsReport forShops(String[] shops, ZoneId zone, LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		String tz = zone.getId();
		boolean every = shops == null;
		String[] shopIds = every ? new String[0] : shops;
		List<ConversationRow> conversations = conversations(every, shopIds, tz, start, end);
		Map<LocalDate, EscalationRow> escalations = byDay(this.jdbc
			.sql("""
					select (created_at at time zone ?)::date as day, count(*) as total,
					  percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at)) as reply_p50,
					  percentile_cont(0.9) within group (order by extract(epoch from first_response_at - created_at)) as reply_p90,
					  percentile_cont(0.5) within group (order by extract(epoch from closed_at - claimed_at)) as handle_p50
					from escalations where created_at >= ? and created_at < ?
					  and (? or shop_id = any(?)) group by 1
					""")
			.params(tz, start, end, every, shopIds)
			.query((row, n) -> new EscalationRow(day(row), row.getLong("total"), number(row, "reply_p50"),
					number(row, "reply_p90"), number(row, "handle_p50")))
			.list());
		Map<LocalDate, Map<String, Long>> reasons = new HashMap<>();
		this.jdbc.sql("""
				select (created_at at time zone ?)::date as day, reason, count(*) as total
				from escalations, unnest(reasons) as reason where created_at >= ? and created_at < ?
				  and (? or shop_id = any(?)) group by 1, 2
				""").params(tz, start, end, every, shopIds).query((row) -> {
			reasons.computeIfAbsent(day(row), (d) -> new TreeMap<>())
				.put(row.getString("reason"), row.getLong("total"));
		});
		Map<LocalDate, long[]> asks = new HashMap<>();
		this.jdbc.sql("""
				select (m.created_at at time zone ?)::date as day, count(distinct m.conversation_id) as total
				from messages m join conversations c on c.id = m.conversation_id
				where m.intent = 'CSAT_ASK' and m.created_at >= ? and m.created_at < ?
				  and (? or c.shop_id = any(?)) group by 1
				""").params(tz, start, end, every, shopIds).query((row) -> {
			asks.put(day(row), new long[] { row.getLong("total") });
		});
		Map<LocalDate, double[]> ratings = new HashMap<>();
		this.jdbc.sql("""
				select (r.rated_at at time zone ?)::date as day, count(*) as total, avg(r.score) as average
				from conversation_ratings r join conversations c on c.id = r.conversation_id
				where r.rated_at >= ? and r.rated_at < ? and (? or c.shop_id = any(?)) group by 1
				""").params(tz, start, end, every, shopIds).query((row) -> {
			ratings.put(day(row), new double[] { row.getLong("total"), row.getDouble("average") });
		});
		Map<LocalDate, ReturnsRow> returns = byDay(
				this.returns.opened(zone, start.toInstant(), end.toInstant(), every ? null : List.of(shopIds))
					.stream()
					.map((d) -> new ReturnsRow(d.day(), d.total(), d.autoApproved(), d.reviewed(), d.rejected(),
							d.refundHoursP50(), d.refundHoursP90()))
					.toList());
		TreeSet<LocalDate> active = new TreeSet<>();
		conversations.forEach((c) -> active.add(c.day()));
		active.addAll(escalations.keySet());
		active.addAll(returns.keySet());
		active.addAll(ratings.keySet());
		List<DailyFigures> days = new ArrayList<>();
		for (LocalDate day : active) {
			long total = conversations.stream()
				.filter((c) -> c.day().equals(day))
				.mapToLong(ConversationRow::total)
				.sum();
			long contained = conversations.stream()
				.filter((c) -> c.day().equals(day))
				.mapToLong(ConversationRow::contained)
				.sum();
			EscalationRow e = escalations.getOrDefault(day, new EscalationRow(day, 0, null, null, null));
			ReturnsRow r = returns.getOrDefault(day, new ReturnsRow(day, 0, 0, 0, 0, null, null));
			double[] rated = ratings.getOrDefault(day, new double[] { 0, Double.NaN });
			days.add(new DailyFigures(day, total, contained, e.total(), reasons.getOrDefault(day, Map.of()),
					e.replyP50(), e.replyP90(), e.handleP50(), asks.getOrDefault(day, new long[] { 0 })[0],
					(long) rated[0], Double.isNaN(rated[1]) ? null : rated[1], r.total(), r.autoApproved(),
					r.reviewed(), r.rejected(), r.refundP50(), r.refundP90()));
		}
		return new InsightsReport(every ? null : shopIds[0], tz, from, to, days,
				shares(conversations, ConversationRow::channel), shares(conversations, ConversationRow::language),
				topEntries(every, shopIds, start, end),
				// Gaps are a shop's own: every shop's together would group one shop's
				// questions with another's.
				every ? List.of() : this.gaps.openClusters(shopIds[0], TOP));
	}

	private List<ConversationRow> conversations(boolean every, String[] shopIds, String tz, Timestamp start,
			Timestamp end) {
		// Per conversation, its shopper's first words: Simplified and Traditional Chinese
		// are told apart here (the database cannot), then counted per day, channel and
		// language.
		Map<List<Object>, long[]> counted = new LinkedHashMap<>();
		this.jdbc.sql("""
				select (c.created_at at time zone ?)::date as day, c.channel, first.body,
				  not exists (select 1 from escalations e where e.conversation_id = c.id)
				  and not exists (select 1 from conversations later
				                  where later.shop_id = c.shop_id and later.shopper_id = c.shopper_id
				                    and later.created_at > c.created_at
				                    and later.created_at < c.created_at + interval '24 hours') as contained
				from conversations c
				join lateral (select left(m.body, 200) as body
				              from messages m where m.conversation_id = c.id and m.sender = 'SHOPPER'
				              order by m.seq limit 1) first on true
				where c.created_at >= ? and c.created_at < ? and (? or c.shop_id = any(?))
				""").params(tz, start, end, every, shopIds).query((row) -> {
			long[] count = counted.computeIfAbsent(
					List.of(day(row), row.getString("channel"), language(row.getString("body"))), (key) -> new long[2]);
			count[0]++;
			count[1] += row.getBoolean("contained") ? 1 : 0;
		});
		return counted.entrySet()
			.stream()
			.map((e) -> new ConversationRow((LocalDate) e.getKey().get(0), (String) e.getKey().get(1),
					(String) e.getKey().get(2), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	/**
	 * A conversation's language from the shopper's first words: {@code zh-Hant} or
	 * {@code zh-Hans} when they hold Han characters (by which script more of them belong
	 * to), else {@code en}.
	 */
	static String language(String firstWords) {
		if (firstWords == null || !HAN.matcher(firstWords).find()) {
			return "en";
		}
		return (ChineseScript.of(firstWords) == ChineseScript.TRADITIONAL) ? "zh-Hant" : "zh-Hans";
	}

	private List<InsightsReport.Count> topEntries(boolean every, String[] shopIds, Timestamp start, Timestamp end) {
		return this.jdbc.sql("""
				select m.entry_id, count(*) as total from messages m join conversations c on c.id = m.conversation_id
				where m.sender = 'BOT' and m.entry_id is not null and m.created_at >= ? and m.created_at < ?
				  and (? or c.shop_id = any(?))
				group by 1 order by 2 desc, 1 limit ?
				""")
			.params(start, end, every, shopIds, TOP)
			.query((row, n) -> new InsightsReport.Count(row.getString("entry_id"), row.getLong("total")))
			.list();
	}

	private static List<InsightsReport.Share> shares(List<ConversationRow> rows,
			Function<ConversationRow, String> key) {
		Map<String, long[]> totals = new LinkedHashMap<>();
		rows.forEach((row) -> {
			long[] total = totals.computeIfAbsent(key.apply(row), (k) -> new long[2]);
			total[0] += row.total();
			total[1] += row.contained();
		});
		return totals.entrySet()
			.stream()
			.map((e) -> new InsightsReport.Share(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparingLong(InsightsReport.Share::conversations).reversed())
			.toList();
	}

	private static <T extends Dated> Map<LocalDate, T> byDay(List<T> rows) {
		Map<LocalDate, T> map = new HashMap<>();
		rows.forEach((row) -> map.put(row.day(), row));
		return map;
	}

	private static LocalDate day(ResultSet row) throws SQLException {
		return row.getObject("day", LocalDate.class);
	}

	private static Double number(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

	private interface Dated {

		LocalDate day();

	}

	private record ConversationRow(LocalDate day, String channel, String language, long total, long contained) {
	}

	private record EscalationRow(LocalDate day, long total, Double replyP50, Double replyP90,
			Double handleP50) implements Dated {
	}

	private record ReturnsRow(LocalDate day, long total, long autoApproved, long reviewed, long rejected,
			Double refundP50, Double refundP90) implements Dated {
	}

}
