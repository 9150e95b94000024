package dev.kefu.integrations.inventory.http;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import dev.kefu.integrations.http.Upstream;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.VariantLabel;

import org.springframework.http.MediaType;

/**
 * Stock and reservations in the shop's inventory system. Reservations carry the case's
 * key, so reserving is retried safely; so is releasing.
 */
class HttpInventory implements Inventory {

	static final String STOCK = "/stock?shopId={shopId}&sku={sku}";

	static final String VARIANTS = "/variants?shopId={shopId}&sku={sku}";

	static final String RESERVATIONS = "/reservations";

	static final String RESERVATION = "/reservations/{reservationKey}?shopId={shopId}";

	private final Upstream inventory;

	HttpInventory(Upstream inventory) {
		this.inventory = inventory;
	}

	@Override
	public int available(String shopId, String sku) {
		return this.inventory.call("stock", true,
				(client) -> client.get().uri(STOCK, shopId, sku).retrieve().body(Stock.class).available());
	}

	@Override
	public boolean reserve(String shopId, String sku, int quantity, String reservationKey) {
		return this.inventory.call("reserve", true,
				(client) -> client.post()
					.uri(RESERVATIONS)
					.header("Idempotency-Key", reservationKey)
					.contentType(MediaType.APPLICATION_JSON)
					.body(new ReservationBody(shopId, sku, quantity))
					.retrieve()
					.body(Reserved.class)
					.reserved());
	}

	@Override
	public void release(String shopId, String reservationKey) {
		this.inventory.call("release", true,
				(client) -> client.delete().uri(RESERVATION, reservationKey, shopId).retrieve().toBodilessEntity());
	}

	@Override
	public List<Variant> otherVariants(String shopId, String sku) {
		return this.inventory.call("variants", true,
				(client) -> Arrays.stream(client.get().uri(VARIANTS, shopId, sku).retrieve().body(Stock[].class))
					.map((s) -> new Variant(Objects.requireNonNull(s.sku(), "sku"), s.available(),
							(s.label() != null) ? VariantLabel.ofNullable(s.label().zh(), s.label().en()) : null))
					.filter((v) -> !v.sku().equals(sku))
					.toList());
	}

	/**
	 * A variant's stock. A missing count is a broken answer, not zero: reading it as zero
	 * would tell a shopper a variant is sold out when the system simply did not say.
	 */
	record Stock(String sku, Integer available, Label label) {

		Stock {
			if (available == null || available < 0) {
				throw new IllegalArgumentException("available must be a count");
			}
		}

	}

	record ReservationBody(String shopId, String sku, int quantity) {
	}

	record Reserved(Boolean reserved) {
	}

	/**
	 * A variant's name, optional.
	 */
	record Label(String zh, String en) {
	}

}
