package dev.kefu.returns.orders;

/**
 * Where an order stands in the shop's fulfilment.
 */
public enum OrderStatus {

	/** Placed but not yet paid. */
	PENDING_PAYMENT,

	/** Paid, waiting to be shipped. */
	PAID,

	/** Handed to the carrier. */
	SHIPPED,

	/** Delivered to the shopper. */
	DELIVERED,

	/** Cancelled before delivery. */
	CANCELLED

}
