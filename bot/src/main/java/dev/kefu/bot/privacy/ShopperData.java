package dev.kefu.bot.privacy;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.MessageView;
import dev.kefu.bot.returns.CaseView;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsRetention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shopper's right to their data: an export of everything Kefu holds about them, and
 * erasure. Erasure runs in one transaction: conversations, messages, photos, ratings,
 * dialogue state, escalations with their notes, and the unanswered questions they left in
 * the gaps view all go, or none does. Return cases stay as transaction records unless the
 * shop configures otherwise. The knowledge-base index holds only knowledge-base entries,
 * never a shopper's words, so there is nothing to remove there. Both are audited.
 */
@Service
public class ShopperData {

	private static final int ALL = 100_000;

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Messages messages;

	private final ReturnCaseQueries cases;

	private final ReturnsRetention retention;

	private final KnowledgeGaps gaps;

	private final PrivacyAudit audit;

	private final TransactionTemplate transactions;

	private final PrivacySettings settings;

	private final Clock clock;

	ShopperData(JdbcClient jdbc, Conversations conversations, Messages messages, ReturnCaseQueries cases,
			ReturnsRetention retention, KnowledgeGaps gaps, PrivacyAudit audit, TransactionTemplate transactions,
			PrivacySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.messages = messages;
		this.cases = cases;
		this.retention = retention;
		this.gaps = gaps;
		this.audit = audit;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Everything about a shopper.
	 * @param shopper the shopper
	 * @param actor who asked (the shopper, or a staff member)
	 * @return the export
	 */
	public ShopperDataExport export(ShopperRef shopper, String actor) {
		List<ShopperDataExport.ConversationData> data = this.conversations.findRecentOwnedBy(shopper, ALL)
			.reversed()
			.stream()
			.map((c) -> new ShopperDataExport.ConversationData(c.id().value(), c.channel().dbValue(), c.createdAt(),
					rating(c.id()), this.messages.after(c.id(), 0, ALL).stream().map(MessageView::of).toList(),
					photos(c.id()), escalations(c.id())))
			.toList();
		List<CaseView> returns = this.cases.ofShopper(shopper, ALL).stream().map((c) -> CaseView.of(c, null)).toList();
		this.audit.record("EXPORT", shopper, actor, Map.of("conversations", data.size(), "returns", returns.size()));
		return new ShopperDataExport(shopper.shopId(), shopper.shopperId(), this.clock.instant(), data, returns);
	}

	/**
	 * Erases a shopper's data.
	 * @param shopper the shopper
	 * @param actor who asked
	 * @return what was deleted, by kind
	 */
	public Map<String, Integer> erase(ShopperRef shopper, String actor) {
		return this.transactions.execute((status) -> {
			List<String> asked = this.jdbc.sql("""
					select m.body from messages m join conversations c on c.id = m.conversation_id
					where c.shop_id = ? and c.shopper_id = ? and m.sender = ?
					""")
				.params(shopper.shopId(), shopper.shopperId(), Sender.SHOPPER.name())
				.query(String.class)
				.list();
			Map<String, Integer> deleted = new LinkedHashMap<>();
			String mine = "(select id from conversations where shop_id = ? and shopper_id = ?)";
			deleted.put("escalationNotes", delete("delete from escalation_notes where escalation_id in "
					+ "(select id from escalations where conversation_id in " + mine + ")", shopper));
			deleted.put("escalations", delete("delete from escalations where conversation_id in " + mine, shopper));
			deleted.put("photos", delete("delete from attachments where conversation_id in " + mine, shopper));
			deleted.put("messages", delete("delete from messages where conversation_id in " + mine, shopper));
			deleted.put("dialogueStates",
					delete("delete from dialogue_states where conversation_id in " + mine, shopper));
			deleted.put("ratings",
					delete("delete from conversation_ratings where conversation_id in " + mine, shopper));
			deleted.put("conversations",
					delete("delete from conversations where shop_id = ? and shopper_id = ?", shopper));
			// The rate limit's counter names the shopper too.
			delete("delete from shopper_message_rates where shop_id = ? and shopper_id = ?", shopper);
			deleted.put("gaps", this.gaps.forget(shopper.shopId(), asked));
			deleted.put("returnCases", this.settings.keepCaseRecordsOnErasure() ? 0 : this.retention.deleteOf(shopper));
			this.audit.record("ERASURE", shopper, actor, deleted);
			return deleted;
		});
	}

	private int delete(String sql, ShopperRef shopper) {
		return this.jdbc.sql(sql).params(shopper.shopId(), shopper.shopperId()).update();
	}

	private Integer rating(ConversationId conversation) {
		return this.jdbc.sql("select score from conversation_ratings where conversation_id = ?")
			.param(conversation.value())
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private List<ShopperDataExport.PhotoData> photos(ConversationId conversation) {
		return this.jdbc.sql("""
				select id, content_type, size_bytes, sha256, created_at from attachments
				where conversation_id = ? order by created_at
				""")
			.param(conversation.value())
			.query((row, n) -> new ShopperDataExport.PhotoData(row.getObject("id", UUID.class),
					row.getString("content_type"), row.getInt("size_bytes"), row.getString("sha256"),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

	private List<ShopperDataExport.EscalationData> escalations(ConversationId conversation) {
		return this.jdbc.sql("""
				select e.status, e.reasons, e.summary, e.created_at,
				       coalesce(array(select n.body from escalation_notes n where n.escalation_id = e.id order by n.id),
				                '{}') as notes
				from escalations e where e.conversation_id = ? order by e.created_at
				""")
			.param(conversation.value())
			.query((row, n) -> new ShopperDataExport.EscalationData(row.getString("status"),
					Arrays.asList((String[]) row.getArray("reasons").getArray()), row.getString("summary"),
					Arrays.asList((String[]) row.getArray("notes").getArray()),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

}
