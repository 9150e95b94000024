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

}
