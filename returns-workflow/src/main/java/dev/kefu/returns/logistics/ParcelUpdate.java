package dev.kefu.returns.logistics;

import java.util.Objects;

/**
 * One tracking event a carrier reports for a parcel.
 *
 * @param trackingNumber the parcel
 * @param event what happened to it
 * @param externalEventId the carrier's event id, so that a redelivered event changes the
 * case once, or {@code null}
 */
public record ParcelUpdate(String trackingNumber, ParcelEvent event, String externalEventId) {

	public ParcelUpdate {
		Objects.requireNonNull(trackingNumber, "trackingNumber");
		Objects.requireNonNull(event, "event");
	}

}
