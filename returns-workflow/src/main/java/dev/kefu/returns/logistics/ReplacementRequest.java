package dev.kefu.returns.logistics;

import java.util.Objects;

import dev.kefu.returns.orders.ShopperRef;

/**
 * A replacement to send to the shopper.
 *
 * @param requestKey the same for every attempt, so a retried shipment never ships twice
 * @param shopper who receives it
 * @param orderId the original order (its delivery address is used)
 * @param sku the variant to send
 * @param quantity how many units
 */
public record ReplacementRequest(String requestKey, ShopperRef shopper, String orderId, String sku, int quantity) {

	public ReplacementRequest {
		Objects.requireNonNull(requestKey, "requestKey");
		Objects.requireNonNull(shopper, "shopper");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(sku, "sku");
	}

}
