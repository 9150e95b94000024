package dev.kefu.returns.workflow;

/**
 * The deadlines and pending side effects a case's state can have.
 */
enum TaskKind {

	/** Apply the rules (retried while the order system is unreachable). */
	EVALUATE,

	/** Approve a case no one reviewed in time. */
	REVIEW_TIMEOUT,

	/** Book the doorstep pickup. */
	BOOK_PICKUP,

	/** Remind the shopper to hand the parcel over. */
	PICKUP_REMINDER,

	/** Expire a case whose parcel was never handed over. */
	PICKUP_EXPIRY,

	/** Pass inspection of a low-value item on arrival. */
	AUTO_INSPECT,

	/** Issue the refund. */
	ISSUE_REFUND,

	/** Ask the payment system whether a pending refund settled. */
	SETTLEMENT_CHECK,

	/** Reserve stock and ship the replacement. */
	SHIP_REPLACEMENT,

	/** Complete an exchange whose replacement was not reported delivered. */
	REPLACEMENT_TIMEOUT,

	/** Cancel the courier of a cancelled or expired case. */
	CANCEL_PICKUP,

	/** Alert the shop that a refund's legal deadline is near (SAMR Art. 13). */
	REFUND_DUE_ALERT,

	/** Escalate a refund past its legal deadline (SAMR Art. 13). */
	REFUND_DUE,

	/** Flag a refund unpaid 15 days after the goods arrived (SAMR Art. 31(3)). */
	REFUND_OVERDUE,

	/** Flag a request not handled within 15 days (SAMR Art. 31(2)). */
	HANDLING_OVERDUE

}
