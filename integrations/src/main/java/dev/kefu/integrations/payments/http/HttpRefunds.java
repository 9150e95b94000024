package dev.kefu.integrations.payments.http;

import java.math.BigDecimal;

import dev.kefu.integrations.http.Upstream;
import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.payments.Refunds;

import org.springframework.http.MediaType;

/**
 * Refunds through the shop's payment system. The refund carries the case's idempotency
 * key, so it is retried like a read: the payment system answers a repeated key with the
 * refund it already made.
 */
class HttpRefunds implements Refunds {

	static final String REFUNDS = "/refunds";

	static final String REFUND = "/refunds/{refundId}";

	private final Upstream payments;

	HttpRefunds(Upstream payments) {
		this.payments = payments;
	}

	@Override
	public RefundReceipt refund(RefundRequest request) {
		return this.payments.call("refund", true,
				(client) -> client.post()
					.uri(REFUNDS)
					.header("Idempotency-Key", request.idempotencyKey())
					.contentType(MediaType.APPLICATION_JSON)
					.body(new RefundBody(request.shopId(), request.orderId(), request.amount(), request.currency()))
					.retrieve()
					.body(Receipt.class)
					.toReceipt());
	}

	@Override
	public RefundStatus status(String refundId) {
		return this.payments.call("refund-status", true,
				(client) -> client.get().uri(REFUND, refundId).retrieve().body(Receipt.class).toReceipt().status());
	}

	record RefundBody(String shopId, String orderId, BigDecimal amount, String currency) {
	}

	record Receipt(String refundId, BigDecimal amount, RefundStatus status) {

		RefundReceipt toReceipt() {
			return new RefundReceipt(this.refundId, this.amount, this.status);
		}

	}

}
