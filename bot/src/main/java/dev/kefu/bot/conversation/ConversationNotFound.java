package dev.kefu.bot.conversation;

/**
 * No conversation of this shopper has that id (someone else's counts as none).
 */
public class ConversationNotFound extends RuntimeException {

	public ConversationNotFound(ConversationId id) {
		super("You have no conversation " + id + ".");
	}

}
