package dev.kefu.integrations.payments.local;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.payments.Refunds;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refunds recorded in Kefu's own table and settled at once. The idempotency key is a
 * unique column: however many times and from however many nodes a case's refund is
 * attempted, one row, one payment.
 */
class LocalRefunds implements Refunds {

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalRefunds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public RefundReceipt refund(RefundRequest request) {
		this.jdbc
			.sql("""
					insert into local_refunds (refund_id, idempotency_key, shop_id, order_id, amount, currency, status, created_at)
					values (?, ?, ?, ?, ?, ?, 'SETTLED', ?)
					on conflict (idempotency_key) do nothing
					""")
			.params("RF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), request.idempotencyKey(),
					request.shopId(), request.orderId(), request.amount(), request.currency(),
					Timestamp.from(this.clock.instant()))
			.update();
		return this.jdbc.sql("select refund_id, amount, status from local_refunds where idempotency_key = ?")
			.param(request.idempotencyKey())
			.query((rs, i) -> new RefundReceipt(rs.getString("refund_id"), rs.getBigDecimal("amount"),
					RefundStatus.valueOf(rs.getString("status"))))
			.single();
	}

	@Override
	public RefundStatus status(String refundId) {
		return this.jdbc.sql("select status from local_refunds where refund_id = ?")
			.param(refundId)
			.query((rs, i) -> RefundStatus.valueOf(rs.getString("status")))
			.optional()
			.orElse(RefundStatus.FAILED);
	}

}
