package dev.kefu.bot.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.web.MessageView;
import dev.kefu.bot.returns.CaseView;

/**
 * Everything Kefu holds about one shopper, machine-readable (JSON).
 *
 * @param shopId the shop
 * @param shopperId the shopper
 * @param exportedAt when
 * @param conversations their conversations, oldest first
 * @param returns their return and exchange cases
 */
public record ShopperDataExport(String shopId, String shopperId, Instant exportedAt,
		List<ConversationData> conversations, List<CaseView> returns) {

	/**
	 * One conversation.
	 *
	 * @param id its id
	 * @param channel where it took place
	 * @param createdAt when it started
	 * @param rating the shopper's rating, if any
	 * @param messages every message, in order
	 * @param photos the photos sent (fetch each from the conversation's attachments)
	 * @param escalations when it went to a person, with the agents' summary and notes
	 */
	public record ConversationData(UUID id, String channel, Instant createdAt, Integer rating,
			List<MessageView> messages, List<PhotoData> photos, List<EscalationData> escalations) {
	}

	/**
	 * A photo's description.
	 *
	 * @param id its id
	 * @param contentType its type
	 * @param sizeBytes its size
	 * @param sha256 its digest
	 * @param createdAt when it was sent
	 */
	public record PhotoData(UUID id, String contentType, int sizeBytes, String sha256, Instant createdAt) {
	}

	/**
	 * A handover to a person.
	 *
	 * @param status how it ended (or where it is)
	 * @param reasons why
	 * @param summary what the agent read
	 * @param notes the agents' notes
	 * @param createdAt when
	 */
	public record EscalationData(String status, List<String> reasons, String summary, List<String> notes,
			Instant createdAt) {
	}

}
