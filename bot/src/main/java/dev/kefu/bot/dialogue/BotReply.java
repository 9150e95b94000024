package dev.kefu.bot.dialogue;

import java.util.List;

/**
 * One message the bot sends.
 *
 * @param text what the shopper reads
 * @param entryId the knowledge-base entry it answers with, or {@code null}
 * @param buttons quick-reply buttons offered with it
 */
public record BotReply(String text, String entryId, List<Button> buttons) {

	public BotReply {
		buttons = List.copyOf(buttons);
	}

	/**
	 * A quick-reply button.
	 *
	 * @param label what it says
	 * @param value what tapping it sends
	 */
	public record Button(String label, String value) {
	}

	public static BotReply text(String text) {
		return new BotReply(text, null, List.of());
	}

}
