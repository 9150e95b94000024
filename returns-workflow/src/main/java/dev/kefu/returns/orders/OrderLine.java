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
 * @param exclusionConfirmedAtPurchase whether the shopper confirmed, in the shop's
 * checkout and for this purchase, that this item is not returnable without a reason (SAMR
 * 七日无理由退货暂行办法 Art. 7 and 20(2): without that confirmation an Art. 7 item may not be
 * refused)
 */
public record OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
		boolean exclusionConfirmedAtPurchase) {

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
	 * A line with no confirmation recorded at purchase.
	 * @param lineNumber position of the line
	 * @param sku the variant
	 * @param title product title
	 * @param category the shop's category
	 * @param unitPrice price per unit
	 * @param quantity units bought
	 */
	public OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity) {
		this(lineNumber, sku, title, category, unitPrice, quantity, false);
	}

	/**
	 * The amount paid for the whole line.
	 * @return unit price times quantity
	 */
	public BigDecimal lineTotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
