package dev.kefu.bot.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kefu.bot.background.PeriodicWork;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.returns.workflow.ReturnsRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what has been kept long enough: conversations with nothing new for the
 * retention period (with their messages, photos, ratings, dialogue state and closed
 * escalations; a conversation a person still has is kept), return cases that ended longer
 * ago than the records must be kept, and old unanswered questions. Each run is audited
 * with its counts. Every node runs it; the deletes are idempotent.
 */
@Component
class RetentionSweeper extends PeriodicWork {

	private static final Logger logger = LoggerFactory.getLogger(RetentionSweeper.class);

	private static final String EXPIRED = """
			(select c.id from conversations c
			 where coalesce((select max(m.created_at) from messages m where m.conversation_id = c.id), c.created_at) < ?
			   and not exists (select 1 from escalations e where e.conversation_id = c.id
			                   and e.status in ('WAITING', 'CLAIMED')))
			""";

	private final JdbcClient jdbc;

	private final ReturnsRetention cases;

	private final KnowledgeGaps gaps;

	private final PrivacyAudit audit;

	private final TransactionTemplate transactions;

	private final PrivacySettings settings;

	private final Clock clock;

	RetentionSweeper(JdbcClient jdbc, ReturnsRetention cases, KnowledgeGaps gaps, PrivacyAudit audit,
			TransactionTemplate transactions, PrivacySettings settings, Clock clock) {
		super("retention");
		this.jdbc = jdbc;
		this.cases = cases;
		this.gaps = gaps;
		this.audit = audit;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	Map<String, Integer> sweep() {
		Instant now = this.clock.instant();
		Timestamp conversationsBefore = Timestamp.from(now.minus(this.settings.conversations()));
		Map<String, Integer> deleted = this.transactions.execute((status) -> {
			this.jdbc.sql("create temporary table expired_conversations on commit drop as " + EXPIRED)
				.param(conversationsBefore)
				.update();
			Map<String, Integer> counts = new LinkedHashMap<>();
			String mine = "(select id from expired_conversations)";
			counts.put("escalationNotes", update("delete from escalation_notes where escalation_id in "
					+ "(select id from escalations where conversation_id in " + mine + ")"));
			counts.put("escalations", update("delete from escalations where conversation_id in " + mine));
			counts.put("photos", update("delete from attachments where conversation_id in " + mine));
			counts.put("messages", update("delete from messages where conversation_id in " + mine));
			counts.put("dialogueStates", update("delete from dialogue_states where conversation_id in " + mine));
			counts.put("ratings", update("delete from conversation_ratings where conversation_id in " + mine));
			counts.put("conversations", update("delete from conversations where id in " + mine));
			counts.put("returnCases", this.cases.deleteEndedBefore(now.minus(this.settings.caseRecords())));
			counts.put("gaps", this.gaps.deleteAskedBefore(now.minus(this.settings.gaps())));
			return counts;
		});
		if (deleted.values().stream().anyMatch((count) -> count > 0)) {
			this.audit.record("RETENTION", null, "retention", deleted);
			logger.info("Retention deleted {}", deleted);
		}
		return deleted;
	}

	private int update(String sql) {
		return this.jdbc.sql(sql).update();
	}

	@Override
	protected void runOnce() {
		sweep();
	}

	@Override
	protected Duration interval() {
		return this.settings.sweepInterval();
	}

	@Override
	protected boolean enabled() {
		return this.settings.retentionEnabled();
	}

}
