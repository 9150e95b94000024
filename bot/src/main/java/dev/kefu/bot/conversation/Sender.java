package dev.kefu.bot.conversation;

/**
 * Who wrote a message.
 */
public enum Sender {

	/** The shopper. */
	SHOPPER,

	/** The bot. */
	BOT,

	/** A support agent. */
	AGENT,

	/** Kefu itself (connection notices, status changes). */
	SYSTEM

}
