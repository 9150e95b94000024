package dev.kefu.bot.conversation;

import java.util.List;

/**
 * A shopper's stored message and the bot's stored replies to it.
 *
 * @param shopperMessage the shopper's message as stored (its seq acknowledges it)
 * @param replies the bot's replies, in order
 * @param resend whether the shopper message had been received before (same client id)
 */
public record TurnResult(Message shopperMessage, List<Message> replies, boolean resend) {

	public TurnResult {
		replies = List.copyOf(replies);
	}

}
