package dev.kefu.returns.logistics;

/**
 * What a carrier's tracking event says happened to a parcel.
 */
public enum ParcelEvent {

	/** The courier collected the parcel. */
	PICKED_UP,

	/** The parcel was delivered to its destination (the warehouse, or the shopper). */
	DELIVERED

}
