package dev.kefu.bot.conversation;

/**
 * Whether a conversation still takes messages.
 */
public enum ConversationStatus {

	/** The shopper may write; the bot or an agent answers. */
	OPEN,

	/** Resolved or abandoned; a new message opens a new conversation. */
	CLOSED

}
