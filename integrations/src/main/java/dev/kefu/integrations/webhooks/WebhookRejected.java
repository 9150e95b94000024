package dev.kefu.integrations.webhooks;

/**
 * A webhook call that is not taken: unsigned, badly signed, stale, from an unknown shop.
 * Nothing changed.
 */
public class WebhookRejected extends RuntimeException {

	private final Reason reason;

	WebhookRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a call was not taken.
	 */
	public enum Reason {

		/** No signature, or one that does not match. */
		BAD_SIGNATURE,

		/**
		 * The timestamp is missing or outside the tolerance (a replay, or a wrong clock).
		 */
		STALE,

		/** The shop has no webhook secret configured. */
		UNKNOWN_SHOP

	}

}
