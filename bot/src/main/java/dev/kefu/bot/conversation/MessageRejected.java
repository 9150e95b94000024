package dev.kefu.bot.conversation;

/**
 * A shopper's message that is not accepted, and why. Nothing was stored.
 */
public class MessageRejected extends RuntimeException {

	private final Reason reason;

	public MessageRejected(Reason reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a message was refused. */
	public enum Reason {

		/** Empty, or no client message id. */
		INVALID,

		/** Longer than the limit. */
		TOO_LONG,

		/** The shopper sends faster than the limit. */
		RATE_LIMITED

	}

}
