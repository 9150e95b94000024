package dev.kefu.bot.conversation;

/**
 * What taking a shopper's message first needs to know about its conversation.
 *
 * @param resend whether the same client message id is already stored
 */
record TurnAdmission(boolean resend) {
}
