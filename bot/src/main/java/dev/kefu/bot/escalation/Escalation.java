package dev.kefu.bot.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.returns.orders.ShopperRef;

/**
 * A conversation handed to a person.
 *
 * @param id its id
 * @param conversationId the conversation
 * @param shopper whose conversation
 * @param status where it is
 * @param priority 0 (first) to 3
 * @param reasons why it was escalated, most urgent first
 * @param language the shopper's language ({@code zh} or {@code en})
 * @param skills what an agent should be able to handle
 * @param summary what the agent reads first
 * @param agent who has it, while claimed
 * @param createdAt when it entered the queue
 * @param claimedAt when an agent last claimed it
 * @param firstResponseAt when a person first answered
 * @param closedAt when it was resolved or handed back
 * @param requeues how often it went back to the queue (agent gone)
 * @param atRiskAt when its wait passed the alert point of its first-response target
 * @param clockFrom when its first-response clock started: when it came in, or the shop's
 * opening time when it came in while the shop was closed
 * @param respondBy when a person's first answer is due
 * @param keptWhileClosed whether it came in while the shop was closed (a ticket agents
 * see first when they start)
 * @param brief what the agent reads first, as data
 * @param modelSummary the language model's summary, when one is configured and done
 */
public record Escalation(UUID id, ConversationId conversationId, ShopperRef shopper, EscalationStatus status,
		int priority, List<EscalationReason> reasons, String language, List<String> skills, String summary,
		String agent, Instant createdAt, Instant claimedAt, Instant firstResponseAt, Instant closedAt, int requeues,
		Instant atRiskAt, Instant clockFrom, Instant respondBy, boolean keptWhileClosed, HandoffBrief brief,
		String modelSummary) {

	public Escalation {
		reasons = List.copyOf(reasons);
		skills = List.copyOf(skills);
		if (brief == null) {
			brief = HandoffBriefs.bare(reasons);
		}
	}

	public boolean claimedBy(String username) {
		return this.status == EscalationStatus.CLAIMED && username.equals(this.agent);
	}

}
