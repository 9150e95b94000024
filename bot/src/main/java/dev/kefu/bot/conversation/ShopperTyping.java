package dev.kefu.bot.conversation;

import dev.kefu.returns.orders.ShopperRef;

/**
 * The shopper is writing in their conversation, or has stopped. Never stored.
 *
 * @param conversationId the conversation
 * @param shopper whose it is
 * @param typing whether they are writing
 */
public record ShopperTyping(ConversationId conversationId, ShopperRef shopper, boolean typing) {

}
