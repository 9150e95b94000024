package dev.kefu.returns.payments;

/**
 * Port to the shop's payment system. {@link #refund} must be idempotent on the request's
 * key: the same key always answers with the same refund and never pays twice.
 */
public interface Refunds {

	/**
	 * Refunds, or answers with the refund already made for this key.
	 * @param request what to refund
	 * @return the refund
	 */
	RefundReceipt refund(RefundRequest request);

	/**
	 * Where a refund stands, for refunds that were still pending.
	 * @param refundId the payment system's id
	 * @return its status now
	 */
	RefundStatus status(String refundId);

}
