package dev.kefu.bot.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An escalation as the console shows it.
 *
 * @param id its id
 * @param conversationId the conversation
 * @param shopId the shop
 * @param shopperId the shopper
 * @param status where it is
 * @param priority 1 (first) to 3
 * @param reasons why, most urgent first
 * @param language the shopper's language
 * @param skills what it needs of an agent
 * @param summary what the agent reads first
 * @param agent who has it
 * @param createdAt when it was queued
 * @param claimedAt when it was claimed
 * @param firstResponseAt when a person first answered
 * @param respondBy when the first answer is due (its priority's target)
 * @param atRisk whether the wait passed the alert point
 * @param requeues how often it went back to the queue
 */
public record EscalationView(UUID id, UUID conversationId, String shopId, String shopperId, EscalationStatus status,
		int priority, List<EscalationReason> reasons, String language, List<String> skills, String summary,
		String agent, Instant createdAt, Instant claimedAt, Instant firstResponseAt, Instant respondBy, boolean atRisk,
		int requeues) {

	public static EscalationView of(Escalation e, EscalationSettings settings) {
		return new EscalationView(e.id(), e.conversationId().value(), e.shopper().shopId(), e.shopper().shopperId(),
				e.status(), e.priority(), e.reasons(), e.language(), e.skills(), e.summary(), e.agent(), e.createdAt(),
				e.claimedAt(), e.firstResponseAt(), e.createdAt().plus(settings.target(e.priority())),
				e.atRiskAt() != null, e.requeues());
	}

}
