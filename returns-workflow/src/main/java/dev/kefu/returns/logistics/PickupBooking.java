package dev.kefu.returns.logistics;

import java.time.Instant;
import java.util.Objects;

/**
 * A booked doorstep pickup.
 *
 * @param bookingId the carrier's booking number
 * @param carrier the carrier's name
 * @param trackingNumber the return parcel's tracking number (tracking events name it)
 * @param windowStart earliest time the courier comes
 * @param windowEnd latest time the courier comes
 */
public record PickupBooking(String bookingId, String carrier, String trackingNumber, Instant windowStart,
		Instant windowEnd) {

	public PickupBooking {
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(carrier, "carrier");
		Objects.requireNonNull(trackingNumber, "trackingNumber");
		Objects.requireNonNull(windowStart, "windowStart");
		Objects.requireNonNull(windowEnd, "windowEnd");
	}

}
