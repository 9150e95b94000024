package dev.kefu.bot.conversation;

import java.util.List;
import java.util.UUID;

/**
 * A message to store.
 *
 * @param sender who wrote it
 * @param body the text
 * @param clientMessageId the client's id (shopper messages), or {@code null}
 * @param entryId the knowledge-base entry it answers with, or {@code null}
 * @param intent the understood intent, or {@code null}
 * @param quickReplies buttons offered with it
 * @param attachmentIds photos sent with it
 * @param label the label of the quick reply the shopper tapped (the body is its value),
 * or {@code null}
 */
public record NewMessage(Sender sender, String body, String clientMessageId, String entryId, String intent,
		List<QuickReply> quickReplies, List<UUID> attachmentIds, String label) {

	public NewMessage(Sender sender, String body, String clientMessageId, String entryId, String intent,
			List<QuickReply> quickReplies, List<UUID> attachmentIds) {
		this(sender, body, clientMessageId, entryId, intent, quickReplies, attachmentIds, null);
	}

	public static NewMessage fromShopper(String body, String clientMessageId, List<UUID> attachmentIds) {
		return new NewMessage(Sender.SHOPPER, body, clientMessageId, null, null, List.of(), attachmentIds);
	}

	/**
	 * A tapped quick reply.
	 * @param tapped the button as it was offered
	 * @param clientMessageId the client's id
	 * @return the message: the value as body, the label beside it
	 */
	public static NewMessage tapped(QuickReply tapped, String clientMessageId) {
		return new NewMessage(Sender.SHOPPER, tapped.value(), clientMessageId, null, null, List.of(), List.of(),
				tapped.label());
	}

}
