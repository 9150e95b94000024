package dev.kefu.returns.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as the shop's order system reports it.
 *
 * @param orderId the shop's order number
 * @param shopper who placed it
 * @param status where it stands
 * @param placedAt when it was placed
 * @param paidAt when it was paid, or {@code null}
 * @param deliveredAt when it was delivered, or {@code null}
 * @param currency ISO 4217 currency code of all amounts
 * @param lines what was bought
 * @param terms discounts, gifts, payments and shipping terms ({@link OrderTerms#NONE}
 * when the order system reports none)
 */
public record ShopOrder(String orderId, ShopperRef shopper, OrderStatus status, Instant placedAt, Instant paidAt,
		Instant deliveredAt, String currency, List<OrderLine> lines, OrderTerms terms) {

	public ShopOrder {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(shopper, "shopper");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(placedAt, "placedAt");
		Objects.requireNonNull(currency, "currency");
		lines = List.copyOf(lines);
		terms = (terms != null) ? terms : OrderTerms.NONE;
	}

	/**
	 * An order sold at its line prices with no terms reported.
	 * @param orderId the shop's order number
	 * @param shopper who placed it
	 * @param status where it stands
	 * @param placedAt when it was placed
	 * @param paidAt when it was paid, or {@code null}
	 * @param deliveredAt when it was delivered, or {@code null}
	 * @param currency the ISO 4217 code
	 * @param lines what was bought
	 */
	public ShopOrder(String orderId, ShopperRef shopper, OrderStatus status, Instant placedAt, Instant paidAt,
			Instant deliveredAt, String currency, List<OrderLine> lines) {
		this(orderId, shopper, status, placedAt, paidAt, deliveredAt, currency, lines, OrderTerms.NONE);
	}

	/**
	 * Whether this order belongs to the given shopper. Callers check this before showing
	 * an order, whatever the upstream system returned, so that one shopper never sees
	 * another's order.
	 * @param candidate the shopper asking
	 * @return {@code true} when the candidate placed this order
	 */
	public boolean belongsTo(ShopperRef candidate) {
		return this.shopper.equals(candidate);
	}

	/**
	 * The amount paid for the whole order.
	 * @return the sum of the line totals
	 */
	public BigDecimal total() {
		return this.lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
