package dev.kefu.returns.logistics;

import java.util.Objects;

/**
 * A parcel on its way to the shopper.
 *
 * @param carrier the carrier's name
 * @param trackingNumber its tracking number
 */
public record Shipment(String carrier, String trackingNumber) {

	public Shipment {
		Objects.requireNonNull(carrier, "carrier");
		Objects.requireNonNull(trackingNumber, "trackingNumber");
	}

}
