package dev.kefu.bot.escalation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.stored.StoredJson;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored escalations. Every change of owner is one conditional statement, so two
 * nodes or two agents racing for the same conversation cannot both win.
 * <p>
 * Statuses are bound as parameters from {@link EscalationStatus}. The partial indexes
 * whose predicates name statuses (the queue, an agent's conversations, one open per
 * conversation) stay usable: Postgres plans these statements with the bound values
 * because a generic plan that cannot use the index costs more. The one literal left is
 * the {@code on conflict} clause of {@link #open}, which Postgres matches against the
 * index's predicate as written.
 */
@Repository
public class Escalations {

	/** The statuses of an escalation still open ({@link EscalationStatus#isOpen()}). */
	private static final String[] OPEN = Arrays.stream(EscalationStatus.values())
		.filter(EscalationStatus::isOpen)
		.map(Enum::name)
		.toArray(String[]::new);

	private static final String WAITING = EscalationStatus.WAITING.name();

	private static final String CLAIMED = EscalationStatus.CLAIMED.name();

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	/**
	 * Briefs are read as they always were: one with a property unknown here is
	 * unreadable.
	 */
	private final ObjectReader briefs;

	Escalations(JdbcClient jdbc, @StoredJson ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.briefs = json.readerFor(HandoffBrief.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	/**
	 * Queues a conversation, unless it already has an open escalation.
	 * @param conversation the conversation
	 * @param shopper whose
	 * @param need why
	 * @param language the shopper's language
	 * @param brief what the agent reads first
	 * @param clock when its first-response clock starts and when the answer is due
	 * @return the new escalation, or empty if one was open
	 */
	Optional<Escalation> open(ConversationId conversation, ShopperRef shopper, EscalationNeed need, String language,
			HandoffBrief brief, ResponseClock clock) {
		// The on-conflict clause keeps its literals: Postgres finds the arbiter index
		// (escalations_one_open_per_conversation) by matching this predicate with the
		// index's, which fails for bound values once the statement is planned
		// generically.
		return this.jdbc.sql("""
				insert into escalations (id, conversation_id, shop_id, shopper_id, status, priority, reasons, language,
				                         skills, summary, brief, clock_from, respond_by, kept_while_closed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
				on conflict (conversation_id) where status in ('WAITING', 'CLAIMED') do nothing
				returning *
				""")
			.params(UUID.randomUUID(), conversation.value(), shopper.shopId(), shopper.shopperId(), WAITING,
					need.priority(), need.reasons().stream().map(Enum::name).toArray(String[]::new), language,
					need.skills().stream().sorted().toArray(String[]::new), BriefText.render(brief, brief.script()),
					write(brief), Timestamp.from(clock.from()), Timestamp.from(clock.respondBy()),
					clock.keptWhileClosed())
			.query(this::map)
			.optional();
	}

	public Optional<Escalation> find(UUID id) {
		return this.jdbc.sql("select * from escalations where id = ?").param(id).query(this::map).optional();
	}

	public Optional<Escalation> openFor(ConversationId conversation) {
		return this.jdbc.sql("select * from escalations where conversation_id = ? and status = any(?)")
			.params(conversation.value(), OPEN)
			.query(this::map)
			.optional();
	}

	/**
	 * The queue of some shops: safety cases, then the tickets kept while the shop was
	 * closed, then the others, each most urgent and then oldest first.
	 * @param shops the shops whose queue it is
	 * @param limit how many at most
	 * @return the waiting escalations
	 */
	public List<Escalation> waiting(ShopScope shops, int limit) {
		if (shops.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from escalations where status = ? and (? or shop_id = any(?))
				order by priority = 0 desc, kept_while_closed desc, priority, clock_from, created_at limit ?
				""").params(WAITING, shops.all(), shops.array(), limit).query(this::map).list();
	}

	public List<Escalation> claimedBy(String agent) {
		return this.jdbc.sql("select * from escalations where status = ? and agent = ? order by claimed_at")
			.params(CLAIMED, agent)
			.query(this::map)
			.list();
	}

	/**
	 * Gives a waiting escalation to an agent who has room for it.
	 * @return the claimed escalation, or empty if it was not waiting or the agent is full
	 */
	Optional<Escalation> claim(UUID id, String agent, int capacity) {
		// The agent's row is locked so that two claims by the same agent at once cannot
		// both pass the capacity check.
		this.jdbc.sql("select username from staff_accounts where username = ? for update")
			.param(agent)
			.query(String.class)
			.optional();
		return this.jdbc.sql("""
				update escalations set status = ?, agent = ?, claimed_at = now()
				where id = ? and status = ?
				  and (select count(*) from escalations where status = ? and agent = ?) < ?
				returning *
				""").params(CLAIMED, agent, id, WAITING, CLAIMED, agent, capacity).query(this::map).optional();
	}

	/**
	 * Ends an agent's conversation with the shopper.
	 * @return the resolved escalation, or empty if the agent does not have it
	 */
	Optional<Escalation> resolve(UUID id, String agent) {
		return close(id, agent, EscalationStatus.RESOLVED);
	}

	/**
	 * Gives an agent's conversation back to the bot.
	 * @return the handed-back escalation, or empty if the agent does not have it
	 */
	Optional<Escalation> handBack(UUID id, String agent) {
		return close(id, agent, EscalationStatus.HANDED_BACK);
	}

	private Optional<Escalation> close(UUID id, String agent, EscalationStatus outcome) {
		return this.jdbc.sql("""
				update escalations set status = ?, agent = null, closed_at = now()
				where id = ? and status = ? and agent = ?
				returning *
				""").params(outcome.name(), id, CLAIMED, agent).query(this::map).optional();
	}

	/**
	 * Keeps the language model's summary beside the brief of an escalation still open.
	 */
	Optional<Escalation> summarized(UUID id, String summary) {
		return this.jdbc.sql("update escalations set model_summary = ? where id = ? and status = any(?) returning *")
			.params(summary, id, OPEN)
			.query(this::map)
			.optional();
	}

	/** Records the first time a person answered (later answers change nothing). */
	void answered(UUID id) {
		this.jdbc.sql("update escalations set first_response_at = now() where id = ? and first_response_at is null")
			.param(id)
			.update();
	}

	/**
	 * Raises the priority of a waiting or claimed escalation and adds reasons; its answer
	 * falls due no later than the new reasons' target after its clock started.
	 * @param id the escalation
	 * @param need the new reasons
	 * @param target the tightest first-response target of the new reasons
	 * @param brief the brief with the new reasons
	 * @return the raised escalation, or empty when it had them already or is closed
	 */
	Optional<Escalation> raise(UUID id, EscalationNeed need, Duration target, HandoffBrief brief) {
		return this.jdbc.sql("""
				update escalations
				set priority = least(priority, ?),
				    reasons = (select array_agg(distinct r) from unnest(reasons || ?::text[]) r),
				    respond_by = least(respond_by, clock_from + ? * interval '1 millisecond'),
				    brief = ?::jsonb, summary = ?
				where id = ? and status = any(?)
				  and (priority > ? or not (reasons @> ?::text[]))
				returning *
				""")
			.params(need.priority(), need.reasons().stream().map(Enum::name).toArray(String[]::new), target.toMillis(),
					write(brief), BriefText.render(brief, brief.script()), id, OPEN, need.priority(),
					need.reasons().stream().map(Enum::name).toArray(String[]::new))
			.query(this::map)
			.optional();
	}

	/**
	 * Puts back in the queue the conversations of agents not seen since a moment.
	 * @return the requeued escalations
	 */
	List<Escalation> requeueAbsent(Instant seenBefore) {
		return this.jdbc.sql("""
				update escalations e set status = ?, agent = null, requeues = requeues + 1
				where e.status = ?
				  and not exists (select 1 from agent_presence p where p.username = e.agent and p.last_seen >= ?)
				returning *
				""").params(WAITING, CLAIMED, Timestamp.from(seenBefore)).query(this::map).list();
	}

	/**
	 * Flags the open escalations whose wait passed the alert point of their target (a
	 * ticket kept while the shop was closed only from opening time).
	 * @param share the share of the time between the clock's start and the answer's due
	 * time after which it is at risk
	 * @return the newly flagged escalations
	 */
	List<Escalation> flagAtRisk(double share) {
		return this.jdbc.sql("""
				update escalations set at_risk_at = now()
				where status = any(?) and first_response_at is null and at_risk_at is null
				  and clock_from + (respond_by - clock_from) * ? < now()
				returning *
				""").params(OPEN, share).query(this::map).list();
	}

	/**
	 * How long recent conversations waited for an agent, on average.
	 * @return the mean wait of the last 50 claimed, or empty if none
	 */
	Optional<Duration> recentMeanWait() {
		return this.jdbc.sql("""
				select avg(extract(epoch from claimed_at - created_at)) from (
				    select claimed_at, created_at from escalations where claimed_at is not null
				    order by claimed_at desc limit 50) recent
				""").query(Double.class).optional().map((seconds) -> Duration.ofMillis((long) (seconds * 1000)));
	}

	/**
	 * How many waiting escalations of its shop are ahead of one in the queue (in the
	 * order of {@link #waiting}).
	 * @param id the escalation
	 * @return how many, 0 when it is next
	 */
	int placeOf(UUID id) {
		return this.jdbc.sql("""
				select count(*) from escalations o, escalations e
				where e.id = ? and o.status = ? and o.id <> e.id and o.shop_id = e.shop_id
				  and (o.priority <> 0, not o.kept_while_closed, o.priority, o.clock_from, o.created_at)
				    < (e.priority <> 0, not e.kept_while_closed, e.priority, e.clock_from, e.created_at)
				""").params(id, WAITING).query(Integer.class).single();
	}

	/** How many wait ahead of a new escalation of a priority in the shop's queue. */
	int waitingAhead(String shopId, int priority) {
		return this.jdbc.sql("select count(*) from escalations where status = ? and shop_id = ? and priority <= ?")
			.params(WAITING, shopId, priority)
			.query(Integer.class)
			.single();
	}

	void note(UUID id, String author, String body) {
		note(id, author, body, null);
	}

	void note(UUID id, String author, String body, String transferTo) {
		this.jdbc.sql("insert into escalation_notes (escalation_id, author, body, transfer_to) values (?, ?, ?, ?)")
			.params(id, author, body, transferTo)
			.update();
	}

	public List<Note> notes(UUID id) {
		return this.jdbc.sql(
				"select author, body, created_at, transfer_to from escalation_notes where escalation_id = ? order by id")
			.param(id)
			.query(Escalations::note)
			.list();
	}

	/**
	 * The last transfer note of each of some escalations, for the queue.
	 * @param ids the escalations
	 * @return by escalation, its last transfer's note (none for those never transferred)
	 */
	public Map<UUID, Note> lastTransfers(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Note> found = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (escalation_id) escalation_id, author, body, created_at, transfer_to
				from escalation_notes
				where escalation_id::text = any(?) and transfer_to is not null
				order by escalation_id, id desc
				""")
			.param(ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((row, n) -> found.put(row.getObject("escalation_id", UUID.class), note(row, n)))
			.list();
		return found;
	}

	private static Note note(ResultSet row, int n) throws SQLException {
		return new Note(row.getString("author"), row.getString("body"), row.getTimestamp("created_at").toInstant(),
				row.getString("transfer_to"));
	}

	/**
	 * Gives an agent's conversation to another agent, who has it at once.
	 * @return the moved escalation, or empty if the agent does not have it
	 */
	Optional<Escalation> transferToAgent(UUID id, String from, String to) {
		return this.jdbc.sql("""
				update escalations set agent = ?, claimed_at = now()
				where id = ? and status = ? and agent = ?
				returning *
				""").params(to, id, CLAIMED, from).query(this::map).optional();
	}

	/**
	 * Puts an agent's conversation back in the queue for the agents with a skill.
	 * @return the moved escalation, or empty if the agent does not have it
	 */
	Optional<Escalation> transferToSkill(UUID id, String from, String skill) {
		return this.jdbc.sql("""
				update escalations set status = ?, agent = null, skills = ?
				where id = ? and status = ? and agent = ?
				returning *
				""").params(WAITING, new String[] { skill }, id, CLAIMED, from).query(this::map).optional();
	}

	private Escalation map(ResultSet row, int rowNumber) throws SQLException {
		return new Escalation(row.getObject("id", UUID.class),
				new ConversationId(row.getObject("conversation_id", UUID.class)),
				new ShopperRef(row.getString("shop_id"), row.getString("shopper_id")),
				EscalationStatus.valueOf(row.getString("status")), row.getInt("priority"),
				strings(row.getArray("reasons")).stream()
					.map(EscalationReason::valueOf)
					.sorted(Comparator.comparingInt(EscalationReason::priority))
					.toList(),
				row.getString("language"), strings(row.getArray("skills")), row.getString("summary"),
				row.getString("agent"), instant(row, "created_at"), instant(row, "claimed_at"),
				instant(row, "first_response_at"), instant(row, "closed_at"), row.getInt("requeues"),
				instant(row, "at_risk_at"), instant(row, "clock_from"), instant(row, "respond_by"),
				row.getBoolean("kept_while_closed"), read(row.getString("brief")), row.getString("model_summary"));
	}

	private String write(HandoffBrief brief) {
		try {
			return this.json.writeValueAsString(brief);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not write a hand-off brief", ex);
		}
	}

	private HandoffBrief read(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			return this.briefs.readValue(stored);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A stored hand-off brief is unreadable", ex);
		}
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * An agent's note.
	 *
	 * @param author who wrote it
	 * @param body the note
	 * @param createdAt when
	 * @param transferTo where the conversation went with this note (an agent's username,
	 * or {@code skill:} and a skill), or {@code null} for a plain note
	 */
	public record Note(String author, String body, Instant createdAt, String transferTo) {
	}

}
