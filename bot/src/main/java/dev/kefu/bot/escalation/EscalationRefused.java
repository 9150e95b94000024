package dev.kefu.bot.escalation;

/**
 * An agent's action on an escalation that cannot be done; nothing was changed.
 */
public class EscalationRefused extends RuntimeException {

	private final Kind kind;

	public EscalationRefused(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * Why.
	 */
	public enum Kind {

		/** No such escalation. */
		NOT_FOUND,

		/** Another agent has it (or it was closed meanwhile). */
		TAKEN,

		/** The agent already has as many conversations as they take at once. */
		AT_CAPACITY,

		/** Only the agent who has the conversation may do that. */
		NOT_YOURS,

		/** The input is not acceptable (blank, too long). */
		INVALID

	}

}
