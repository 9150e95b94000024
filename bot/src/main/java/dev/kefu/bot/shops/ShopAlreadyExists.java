package dev.kefu.bot.shops;

/**
 * A shop of that id exists already.
 */
public class ShopAlreadyExists extends RuntimeException {

	ShopAlreadyExists(String shopId) {
		super("A shop '" + shopId + "' exists already.");
	}

}
