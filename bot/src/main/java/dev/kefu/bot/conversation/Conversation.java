package dev.kefu.bot.conversation;

import java.time.Instant;
import java.util.Objects;

import dev.kefu.returns.orders.ShopperRef;

/**
 * A shopper's conversation.
 *
 * @param id its id
 * @param shopper who it belongs to
 * @param channel where it started
 * @param status whether it is open
 * @param createdAt when it started
 */
public record Conversation(ConversationId id, ShopperRef shopper, Channel channel, ConversationStatus status,
		Instant createdAt) {

	public Conversation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(shopper, "shopper");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}
