package dev.kefu.integrations.logistics.http;

import java.time.Instant;
import java.util.Optional;

import dev.kefu.integrations.http.Upstream;
import dev.kefu.integrations.http.UpstreamException;
import dev.kefu.returns.logistics.ParcelStatus;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementRequest;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.logistics.Shipment;

import org.springframework.http.MediaType;

/**
 * Pickups and replacement shipments through the shop's carrier integration. Bookings and
 * shipments carry the case's key as {@code Idempotency-Key}, so they are retried safely;
 * cancelling is idempotent by nature.
 */
class HttpLogistics implements Pickups, ReplacementShipments, ParcelTracking {

	static final String PICKUPS = "/pickups";

	static final String PICKUP = "/pickups/{bookingId}";

	static final String SHIPMENTS = "/shipments";

	static final String PARCEL = "/shops/{shopId}/orders/{orderId}/parcel";

	private final Upstream logistics;

	HttpLogistics(Upstream logistics) {
		this.logistics = logistics;
	}

	@Override
	public PickupBooking book(PickupRequest request) {
		return this.logistics.call("book-pickup", true,
				(client) -> client.post()
					.uri(PICKUPS)
					.header("Idempotency-Key", request.requestKey())
					.contentType(MediaType.APPLICATION_JSON)
					.body(new PickupBody(request.shopper().shopId(), request.shopper().shopperId(), request.orderId(),
							request.sku(), request.quantity()))
					.retrieve()
					.body(Booking.class)
					.toBooking());
	}

	@Override
	public void cancel(String bookingId) {
		try {
			this.logistics.call("cancel-pickup", true,
					(client) -> client.delete().uri(PICKUP, bookingId).retrieve().toBodilessEntity());
		}
		catch (UpstreamException ex) {
			if (ex.kind() != UpstreamException.Kind.REJECTED) {
				throw ex;
			}
			// 404 or 409: already cancelled or collected, which is what cancelling wants.
		}
	}

	@Override
	public Shipment ship(ReplacementRequest request) {
		return this.logistics.call("ship-replacement", true,
				(client) -> client.post()
					.uri(SHIPMENTS)
					.header("Idempotency-Key", request.requestKey())
					.contentType(MediaType.APPLICATION_JSON)
					.body(new PickupBody(request.shopper().shopId(), request.shopper().shopperId(), request.orderId(),
							request.sku(), request.quantity()))
					.retrieve()
					.body(ShipmentBody.class)
					.toShipment());
	}

	@Override
	public Optional<ParcelStatus> track(String shopId, String orderId) {
		try {
			return this.logistics.call("track", true, (client) -> Optional
				.of(client.get().uri(PARCEL, shopId, orderId).retrieve().body(Tracking.class).toStatus()));
		}
		catch (UpstreamException ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	record Tracking(String carrier, String trackingNumber, String lastEvent, Instant lastEventAt,
			Instant estimatedDelivery) {

		ParcelStatus toStatus() {
			return new ParcelStatus(this.carrier, this.trackingNumber, this.lastEvent, this.lastEventAt,
					this.estimatedDelivery);
		}

	}

	record PickupBody(String shopId, String shopperId, String orderId, String sku, int quantity) {
	}

	record Booking(String bookingId, String carrier, String trackingNumber, Instant windowStart, Instant windowEnd) {

		PickupBooking toBooking() {
			return new PickupBooking(this.bookingId, this.carrier, this.trackingNumber, this.windowStart,
					this.windowEnd);
		}

	}

	record ShipmentBody(String carrier, String trackingNumber) {

		Shipment toShipment() {
			return new Shipment(this.carrier, this.trackingNumber);
		}

	}

}
