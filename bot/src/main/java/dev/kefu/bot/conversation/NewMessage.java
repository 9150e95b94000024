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
 */
public record NewMessage(Sender sender, String body, String clientMessageId, String entryId, String intent,
		List<QuickReply> quickReplies, List<UUID> attachmentIds) {

	public static NewMessage fromShopper(String body, String clientMessageId, List<UUID> attachmentIds) {
		return new NewMessage(Sender.SHOPPER, body, clientMessageId, null, null, List.of(), attachmentIds);
	}

}
