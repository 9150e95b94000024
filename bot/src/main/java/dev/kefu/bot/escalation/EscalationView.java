package dev.kefu.bot.escalation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An escalation as the console shows it.
 *
 * @param id its id
 * @param conversationId the conversation
 * @param shopId the shop
 * @param shopperId the shopper
 * @param status where it is
 * @param priority 0 (first) to 3
 * @param reasons why, most urgent first
 * @param language the shopper's language
 * @param skills what it needs of an agent
 * @param summary the brief in the shopper's script (agents who take it speak the
 * shopper's language)
 * @param summaries the brief in each script an agent may read ({@code zh-Hans},
 * {@code zh-Hant}, {@code en}); the console shows the one of its own language
 * @param brief the brief as data
 * @param modelSummary the language model's summary, beside the brief, when configured
 * @param agent who has it
 * @param createdAt when it was queued
 * @param claimedAt when it was claimed
 * @param firstResponseAt when a person first answered
 * @param clockFrom when the first-response clock started (opening time for a ticket kept
 * while the shop was closed)
 * @param respondBy when the first answer is due (its reasons' tightest target)
 * @param keptWhileClosed whether it came in while the shop was closed
 * @param atRisk whether the wait passed the alert point
 * @param requeues how often it went back to the queue
 */
public record EscalationView(UUID id, UUID conversationId, String shopId, String shopperId, EscalationStatus status,
		int priority, List<EscalationReason> reasons, String language, List<String> skills, String summary,
		Map<String, String> summaries, HandoffBrief brief, String modelSummary, String agent, Instant createdAt,
		Instant claimedAt, Instant firstResponseAt, Instant clockFrom, Instant respondBy, boolean keptWhileClosed,
		boolean atRisk, int requeues) {

	public static EscalationView of(Escalation e) {
		Map<String, String> summaries = new LinkedHashMap<>();
		BriefText.SCRIPTS.forEach((script) -> summaries.put(script, BriefText.render(e.brief(), script)));
		return new EscalationView(e.id(), e.conversationId().value(), e.shopper().shopId(), e.shopper().shopperId(),
				e.status(), e.priority(), e.reasons(), e.language(), e.skills(), summaries.get(e.brief().script()),
				summaries, e.brief(), e.modelSummary(), e.agent(), e.createdAt(), e.claimedAt(), e.firstResponseAt(),
				e.clockFrom(), e.respondBy(), e.keptWhileClosed(), e.atRiskAt() != null, e.requeues());
	}

}
