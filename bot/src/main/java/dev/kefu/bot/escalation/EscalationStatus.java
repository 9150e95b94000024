package dev.kefu.bot.escalation;

/**
 * Where an escalation is.
 */
public enum EscalationStatus {

	/** In the queue, no agent yet. */
	WAITING,

	/** An agent has it. */
	CLAIMED,

	/** The agent resolved it (the shopper was asked for a rating). */
	RESOLVED,

	/** The agent gave the conversation back to the bot. */
	HANDED_BACK;

	public boolean isOpen() {
		return this == WAITING || this == CLAIMED;
	}

}
