package dev.kefu.returns.cases;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The item a case is about, as the order described it when the case was opened.
 *
 * @param sku the variant
 * @param title its title
 * @param category its category
 * @param unitPrice what one unit cost
 * @param currency ISO 4217 code
 */
public record ReturnedItem(String sku, String title, String category, BigDecimal unitPrice, String currency) {

	public ReturnedItem {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(unitPrice, "unitPrice");
		Objects.requireNonNull(currency, "currency");
	}

	/**
	 * An item not known yet: the order system did not answer when the request came in.
	 * The rules are applied, and the item filled in, once it does.
	 * @param orderId the order
	 * @param lineNumber the line
	 * @return a placeholder
	 */
	public static ReturnedItem unknown(String orderId, int lineNumber) {
		return new ReturnedItem("", orderId + " #" + lineNumber, "", BigDecimal.ZERO, "CNY");
	}

	/**
	 * Whether the item was read from the order.
	 * @return {@code false} for a placeholder
	 */
	public boolean known() {
		return !this.sku.isEmpty();
	}

}
