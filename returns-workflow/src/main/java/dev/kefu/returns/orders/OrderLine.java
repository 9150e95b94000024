package dev.kefu.returns.orders;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order: a quantity of one variant (SKU) at one unit price.
 *
 * @param lineNumber position of the line in its order, from 1
 * @param sku the variant's stock-keeping unit
 * @param title product title as the shopper saw it
 * @param category the shop's product category (return rules key on it)
 * @param unitPrice price paid per unit, in the order's currency
 * @param quantity units bought
 */
public record OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity) {

	public OrderLine {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (lineNumber < 1) {
			throw new IllegalArgumentException("lineNumber must be positive");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be positive");
		}
		if (unitPrice.signum() < 0) {
			throw new IllegalArgumentException("unitPrice must not be negative");
		}
	}

	/**
	 * The amount paid for the whole line.
	 * @return unit price times quantity
	 */
	public BigDecimal lineTotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
