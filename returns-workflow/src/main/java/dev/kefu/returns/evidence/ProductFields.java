package dev.kefu.returns.evidence;

import java.util.Objects;

/**
 * The order line's product fields, the only words sent with a photo to a vision model
 * (never who the shopper is, nor the order's number or address).
 *
 * @param name the product's title as the shopper saw it (it often names colour and size)
 * @param category the shop's category
 */
public record ProductFields(String name, String category) {

	public ProductFields {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(category, "category");
	}

}
