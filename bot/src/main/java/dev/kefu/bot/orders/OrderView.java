package dev.kefu.bot.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;

/**
 * An order as its shopper sees it.
 *
 * @param orderId the order number
 * @param status where it stands
 * @param placedAt when it was placed
 * @param paidAt when it was paid
 * @param deliveredAt when it was delivered
 * @param currency currency of the amounts
 * @param total the amount paid
 * @param lines what was bought
 */
public record OrderView(String orderId, OrderStatus status, Instant placedAt, Instant paidAt, Instant deliveredAt,
		String currency, BigDecimal total, List<OrderLine> lines) {

	public static OrderView of(ShopOrder order) {
		return new OrderView(order.orderId(), order.status(), order.placedAt(), order.paidAt(), order.deliveredAt(),
				order.currency(), order.total(), order.lines());
	}

}
