package dev.kefu.bot.conversation;

/**
 * A button offered with a bot message: the shopper taps it instead of typing.
 *
 * @param label what the button says
 * @param value what is sent when it is tapped
 */
public record QuickReply(String label, String value) {
}
