package dev.kefu.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stored message of a conversation.
 *
 * @param conversationId the conversation
 * @param seq its position in the conversation, from 1, without gaps
 * @param id its unique id
 * @param sender who wrote it
 * @param body the text
 * @param clientMessageId the client's id for a shopper message (resends carry the same),
 * or {@code null}
 * @param entryId the knowledge-base entry a bot answer came from, or {@code null}
 * @param intent what the bot understood the shopper's turn to be, or {@code null}
 * @param quickReplies buttons offered with a bot message
 * @param attachmentIds photos sent with a shopper message
 * @param createdAt when it was stored
 * @param label for a tapped quick reply, the label the shopper saw on it (the body is the
 * value behind it); {@code null} for anything typed
 */
public record Message(UUID conversationId, long seq, UUID id, Sender sender, String body, String clientMessageId,
		String entryId, String intent, List<QuickReply> quickReplies, List<UUID> attachmentIds, Instant createdAt,
		String label) {

	public Message {
		quickReplies = (quickReplies != null) ? List.copyOf(quickReplies) : List.of();
		attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
	}

	/**
	 * What people read of the message: a tapped quick reply's label, else the body.
	 * @return the text to show
	 */
	public String shown() {
		return (this.label != null) ? this.label : this.body;
	}

}
