package dev.kefu.bot.shops;

/**
 * No shop of that id (or none the staff member may see: the two look the same).
 */
public class ShopNotFound extends RuntimeException {

	public ShopNotFound(String shopId) {
		super("No shop '" + shopId + "'.");
	}

}
