package dev.kefu.returns.orders;

import java.util.Objects;

/**
 * A shopper as the shop knows them: shoppers are only unique within their shop.
 *
 * @param shopId the shop that issued the shopper's identity
 * @param shopperId the shopper's id in that shop
 */
public record ShopperRef(String shopId, String shopperId) {

	public ShopperRef {
		requireText(shopId, "shopId");
		requireText(shopperId, "shopperId");
	}

	private static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank() || value.length() > 128) {
			throw new IllegalArgumentException(name + " must be 1 to 128 characters");
		}
	}

}
