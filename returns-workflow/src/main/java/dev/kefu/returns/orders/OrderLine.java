package dev.kefu.returns.orders;

import java.math.BigDecimal;
import java.net.URI;
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
 * @param variant how the variant is named to shoppers ("尺码 M · 蓝色"), or {@code null} when
 * the shop's system does not say (the title then names it)
 * @param listingImageUrl where the shop's own listing photo of the product is, or
 * {@code null} when the order system does not say (a shopper who sends it back as
 * evidence is a fact for a person)
 */
public record OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
		boolean exclusionConfirmedAtPurchase, VariantLabel variant, URI listingImageUrl) {

	/**
	 * A line whose order system gives no listing photo.
	 * @param lineNumber position of the line
	 * @param sku the variant
	 * @param title product title
	 * @param category the shop's category
	 * @param unitPrice price per unit
	 * @param quantity units bought
	 * @param exclusionConfirmedAtPurchase whether the shopper confirmed the exclusion
	 * @param variant how the variant is named to shoppers, or {@code null}
	 */
	public OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
			boolean exclusionConfirmedAtPurchase, VariantLabel variant) {
		this(lineNumber, sku, title, category, unitPrice, quantity, exclusionConfirmedAtPurchase, variant, null);
	}

	/**
	 * A line whose variant has no name of its own and no confirmation recorded at
	 * purchase.
	 * @param lineNumber position of the line in its order, from 1
	 * @param sku the variant's stock-keeping unit
	 * @param title product title as the shopper saw it
	 * @param category the shop's product category
	 * @param unitPrice price paid per unit
	 * @param quantity units bought
	 */
	public OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity) {
		this(lineNumber, sku, title, category, unitPrice, quantity, false, null);
	}

	/**
	 * A line whose variant has no name of its own.
	 * @param lineNumber position of the line
	 * @param sku the variant
	 * @param title product title
	 * @param category the shop's category
	 * @param unitPrice price per unit
	 * @param quantity units bought
	 * @param exclusionConfirmedAtPurchase whether the shopper confirmed the exclusion
	 */
	public OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
			boolean exclusionConfirmedAtPurchase) {
		this(lineNumber, sku, title, category, unitPrice, quantity, exclusionConfirmedAtPurchase, null);
	}

	/**
	 * A line with no confirmation recorded at purchase.
	 * @param lineNumber position of the line
	 * @param sku the variant
	 * @param title product title
	 * @param category the shop's category
	 * @param unitPrice price per unit
	 * @param quantity units bought
	 * @param variant how the variant is named to shoppers, or {@code null}
	 */
	public OrderLine(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
			VariantLabel variant) {
		this(lineNumber, sku, title, category, unitPrice, quantity, false, variant);
	}

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
	 * The same line with the shop's listing photo of its product.
	 * @param url where the listing photo is, or {@code null}
	 * @return the line
	 */
	public OrderLine withListingImage(URI url) {
		return new OrderLine(this.lineNumber, this.sku, this.title, this.category, this.unitPrice, this.quantity,
				this.exclusionConfirmedAtPurchase, this.variant, url);
	}

	/**
	 * The amount paid for the whole line.
	 * @return unit price times quantity
	 */
	public BigDecimal lineTotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
