package dev.kefu.bot.conversation;

/**
 * What taking a shopper's message first needs to know about its conversation.
 *
 * @param resend whether the same client message id is already stored
 * @param sentRecently how many messages the shopper sent in the rate limit's window,
 * across their conversations
 */
record TurnAdmission(boolean resend, long sentRecently) {
}
