package dev.kefu.returns.logistics;

import java.util.Optional;

/**
 * Port to the carrier's tracking for orders on their way to the shopper ("where is my
 * parcel").
 */
public interface ParcelTracking {

	/**
	 * The latest tracking of an order's parcel.
	 * @param shopId the shop
	 * @param orderId the order (callers check it is the asking shopper's)
	 * @return its status, or empty when the order has not shipped or the carrier knows
	 * nothing yet
	 */
	Optional<ParcelStatus> track(String shopId, String orderId);

}
