package dev.kefu.returns.payments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money to give back.
 *
 * @param idempotencyKey one per case: every attempt to refund the case sends the same
 * key, and the payment system pays at most once per key
 * @param shopId the shop
 * @param orderId the order that was paid
 * @param amount how much, at most what was paid for the returned items
 * @param currency ISO 4217 code
 */
public record RefundRequest(String idempotencyKey, String shopId, String orderId, BigDecimal amount, String currency) {

	public RefundRequest {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(shopId, "shopId");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(currency, "currency");
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("amount must be positive");
		}
	}

}
