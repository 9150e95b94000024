package dev.kefu.returns.payments;

/**
 * Where a refund stands in the payment system.
 */
public enum RefundStatus {

	/** Accepted, money not yet confirmed to have reached the shopper. */
	PENDING,

	/** The money reached the shopper. */
	SETTLED,

	/** Refused for good (e.g. the payment was already fully refunded); a person looks. */
	FAILED

}
