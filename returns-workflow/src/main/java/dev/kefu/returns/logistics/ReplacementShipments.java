package dev.kefu.returns.logistics;

/**
 * Port to the shop's fulfilment: ships a replacement. Must be idempotent on the request
 * key.
 */
public interface ReplacementShipments {

	/**
	 * Ships the replacement, or returns the shipment already made for this request key.
	 * @param request what to send
	 * @return the shipment
	 */
	Shipment ship(ReplacementRequest request);

}
