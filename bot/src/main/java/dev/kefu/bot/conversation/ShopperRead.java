package dev.kefu.bot.conversation;

import dev.kefu.returns.orders.ShopperRef;

/**
 * The shopper has read their conversation up to a message.
 *
 * @param conversationId the conversation
 * @param shopper whose it is
 * @param seq the sequence number of the last message they have read
 */
public record ShopperRead(ConversationId conversationId, ShopperRef shopper, long seq) {

}
