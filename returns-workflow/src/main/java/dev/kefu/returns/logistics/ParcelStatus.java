package dev.kefu.returns.logistics;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an order's parcel is, as its carrier last reported.
 *
 * @param carrier the carrier's name
 * @param trackingNumber the parcel's tracking number
 * @param lastEvent the carrier's latest scan, in its words
 * @param lastEventAt when it happened
 * @param estimatedDelivery when the carrier expects to deliver, or {@code null}
 */
public record ParcelStatus(String carrier, String trackingNumber, String lastEvent, Instant lastEventAt,
		Instant estimatedDelivery) {

	public ParcelStatus {
		Objects.requireNonNull(carrier, "carrier");
		Objects.requireNonNull(trackingNumber, "trackingNumber");
		Objects.requireNonNull(lastEvent, "lastEvent");
		Objects.requireNonNull(lastEventAt, "lastEventAt");
	}

}
