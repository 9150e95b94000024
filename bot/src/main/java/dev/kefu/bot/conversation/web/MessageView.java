package dev.kefu.bot.conversation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.QuickReply;
import dev.kefu.bot.conversation.Sender;

/**
 * A message as clients see it, over REST and over the socket.
 *
 * @param conversationId its conversation
 * @param seq its position (clients keep the highest they have and resume after it)
 * @param sender who wrote it
 * @param text the text people read (for a tapped quick reply, the label the shopper saw)
 * @param clientMessageId the client's id, on the echo of a shopper's own message (the
 * acknowledgement)
 * @param entryId the knowledge-base entry a bot answer came from
 * @param quickReplies buttons to offer
 * @param attachmentIds photos sent with it (read them from the conversation's
 * attachments)
 * @param createdAt when it was stored
 * @param value for a tapped quick reply, the value behind its label (what the bot read);
 * {@code null} otherwise
 */
public record MessageView(UUID conversationId, long seq, Sender sender, String text, String clientMessageId,
		String entryId, List<QuickReply> quickReplies, List<UUID> attachmentIds, Instant createdAt, String value) {

	public static MessageView of(Message message) {
		return new MessageView(message.conversationId(), message.seq(), message.sender(), message.shown(),
				message.clientMessageId(), message.entryId(), message.quickReplies(), message.attachmentIds(),
				message.createdAt(), (message.label() != null) ? message.body() : null);
	}

}
