package dev.kefu.bot.chat;

/**
 * What the socket tells a client whose frame was refused, on {@code /user/queue/errors}.
 *
 * @param code a stable code (NOT_FOUND, INVALID, TOO_LONG, RATE_LIMITED, ERROR)
 * @param detail what went wrong, for a person
 * @param clientMessageId the refused message's client id, if any
 */
record ChatError(String code, String detail, String clientMessageId) {
}
