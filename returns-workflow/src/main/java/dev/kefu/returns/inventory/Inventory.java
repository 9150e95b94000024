package dev.kefu.returns.inventory;

import java.util.List;

import dev.kefu.returns.orders.VariantLabel;

/**
 * Port to the shop's inventory.
 */
public interface Inventory {

	/**
	 * Units of a variant available to sell.
	 * @param shopId the shop
	 * @param sku the variant
	 * @return units in stock, 0 when none or unknown
	 */
	int available(String shopId, String sku);

	/**
	 * Takes units out of stock for an exchange. Idempotent on the key: reserving again
	 * with the same key answers as the first time and takes nothing more.
	 * @param shopId the shop
	 * @param sku the variant
	 * @param quantity how many units
	 * @param reservationKey one per case
	 * @return {@code true} when the units are reserved, {@code false} when there are not
	 * enough
	 */
	boolean reserve(String shopId, String sku, int quantity, String reservationKey);

	/**
	 * Gives back what a reservation took (the exchange fell through).
	 * @param shopId the shop
	 * @param reservationKey the reservation's key
	 */
	void release(String shopId, String reservationKey);

	/**
	 * The other variants (sizes, colours) of the same product, with their stock, for a
	 * shopper choosing what to exchange to.
	 * @param shopId the shop
	 * @param sku the variant the shopper has
	 * @return the product's other variants, possibly none
	 */
	List<Variant> otherVariants(String shopId, String sku);

	/**
	 * A variant and its stock.
	 *
	 * @param sku the variant
	 * @param available units in stock
	 * @param label how it is named to shoppers ("尺码 27 · 靛蓝"), or {@code null} when the
	 * inventory does not say
	 */
	record Variant(String sku, int available, VariantLabel label) {

		/**
		 * A variant without a name of its own.
		 * @param sku the variant
		 * @param available units in stock
		 */
		public Variant(String sku, int available) {
			this(sku, available, null);
		}

	}

}
