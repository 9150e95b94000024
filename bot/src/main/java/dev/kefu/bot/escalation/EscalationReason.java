package dev.kefu.bot.escalation;

/**
 * Why a conversation went to a person. The most urgent reason sets the priority.
 */
public enum EscalationReason {

	/** The shopper is angry (the anger detector). */
	ANGER(1),

	/** A VIP of a shop that serves its VIPs in person. */
	VIP(1),

	/** The shopper disputes a decision on their return. */
	DISPUTE(2),

	/**
	 * Money went wrong: charged twice, a payment that failed, a refund that never came.
	 */
	PAYMENT_PROBLEM(2),

	/** The return rules sent the shopper's case to a person. */
	RETURN_REVIEW(2),

	/** The shopper asked for a person. */
	REQUESTED(3),

	/** The bot could not help twice in a row. */
	BOT_FAILED_TWICE(3);

	private final int priority;

	EscalationReason(int priority) {
		this.priority = priority;
	}

	/**
	 * How urgent the reason is.
	 * @return 1 (first) to 3
	 */
	public int priority() {
		return this.priority;
	}

}
