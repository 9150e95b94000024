package dev.kefu.returns.logistics;

import java.util.Objects;

import dev.kefu.returns.orders.ShopperRef;

/**
 * A doorstep pickup to book: the carrier collects at the address the order was delivered
 * to, which the shop's systems know.
 *
 * @param requestKey the same for every attempt to book this pickup, so a retried booking
 * never books twice
 * @param shopper whose parcel
 * @param orderId the order the item came from
 * @param sku the item
 * @param quantity how many units
 */
public record PickupRequest(String requestKey, ShopperRef shopper, String orderId, String sku, int quantity) {

	public PickupRequest {
		Objects.requireNonNull(requestKey, "requestKey");
		Objects.requireNonNull(shopper, "shopper");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(sku, "sku");
	}

}
