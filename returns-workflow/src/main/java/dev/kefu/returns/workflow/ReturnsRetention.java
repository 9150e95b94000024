package dev.kefu.returns.workflow;

import java.time.Instant;

import dev.kefu.returns.orders.ShopperRef;

/**
 * Deleting cases when the privacy rules say so.
 */
public interface ReturnsRetention {

	/**
	 * Deletes the cases that ended (completed, cancelled, expired) before a moment, with
	 * their history and tasks: the end of the retention period for transaction records.
	 * @param endedBefore the moment
	 * @return how many were deleted
	 */
	int deleteEndedBefore(Instant endedBefore);

	/**
	 * Deletes all of a shopper's cases (erasure where the shop keeps no transaction
	 * records here).
	 * @param shopper the shopper
	 * @return how many were deleted
	 */
	int deleteOf(ShopperRef shopper);

}
