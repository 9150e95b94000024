package dev.kefu.returns.payments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the payment system answered to a refund.
 *
 * @param refundId its id for the refund
 * @param amount the amount refunded
 * @param status where the refund stands
 */
public record RefundReceipt(String refundId, BigDecimal amount, RefundStatus status) {

	public RefundReceipt {
		Objects.requireNonNull(refundId, "refundId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(status, "status");
	}

}
