package dev.kefu.returns.cases;

/**
 * What can happen to a case. Which events a case accepts depends on its state and kind.
 */
public enum CaseEvent {

	/** The rules were applied to the request (carries the decision). */
	SUBMIT,

	/** A person approves (a case under review, or a dispute in the shopper's favour). */
	APPROVE,

	/** A person rejects (a case under review, or a dispute). */
	REJECT,

	/** No one decided a case under review within the shop's limit: it is approved. */
	REVIEW_EXPIRED,

	/** The carrier confirmed a doorstep pickup (carries the booking). */
	PICKUP_BOOKED,

	/** The carrier collected the parcel. */
	PARCEL_PICKED_UP,

	/** The parcel reached the warehouse. */
	PARCEL_DELIVERED,

	/** The item is as the shopper said. */
	INSPECTION_PASSED,

	/** The item is not (used, damaged by the shopper, wrong item sent back). */
	INSPECTION_FAILED,

	/** The payment system accepted the refund (carries the receipt). */
	REFUND_ISSUED,

	/** The payment system confirmed the money reached the shopper. */
	REFUND_SETTLED,

	/** The payment system refused the refund. */
	REFUND_FAILED,

	/** The replacement left the warehouse (carries the shipment). */
	REPLACEMENT_SHIPPED,

	/** The replacement cannot be shipped: out of stock. */
	REPLACEMENT_UNAVAILABLE,

	/** The shopper takes a refund instead of the unavailable replacement. */
	ACCEPT_REFUND,

	/** The replacement reached the shopper (or its delivery window passed quietly). */
	REPLACEMENT_DELIVERED,

	/** The shopper withdraws the request. */
	CANCEL,

	/** The shopper was reminded to hand the parcel over. */
	REMIND,

	/** The shopper did not hand the parcel over in time. */
	PICKUP_EXPIRED,

	/** The shopper (or an agent for them) disputes a rejection. */
	DISPUTE

}
