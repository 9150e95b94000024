package dev.kefu.bot.conversation;

import java.time.Duration;
import java.util.Optional;

/**
 * A shopper's message that is not accepted, and why. Nothing was stored.
 */
public class MessageRejected extends RuntimeException {

	private final Reason reason;

	private final Duration retryAfter;

	public MessageRejected(Reason reason, String detail) {
		this(reason, detail, null);
	}

	public MessageRejected(Reason reason, String detail, Duration retryAfter) {
		super(detail);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * When sending again may succeed, for a rate-limited message.
	 * @return the wait, or empty
	 */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
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
