package dev.kefu.returns.logistics;

/**
 * Port to the carrier's pickup service. Calls may fail (the workflow retries them);
 * {@link #book} must be idempotent on the request key.
 */
public interface Pickups {

	/**
	 * Books a doorstep pickup, or returns the booking already made for this request key.
	 * @param request what to collect
	 * @return the booking
	 */
	PickupBooking book(PickupRequest request);

	/**
	 * Cancels a booking; cancelling one already cancelled or collected does nothing.
	 * @param bookingId the carrier's booking number
	 */
	void cancel(String bookingId);

}
