package dev.kefu.integrations.logistics.local;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import dev.kefu.returns.logistics.ReplacementRequest;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.logistics.Shipment;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replacement shipments recorded in Kefu's own table, one per request key.
 */
class LocalReplacementShipments implements ReplacementShipments {

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalReplacementShipments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Shipment ship(ReplacementRequest request) {
		String tracking = "KLS"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		this.jdbc.sql("""
				insert into local_shipments (request_key, shop_id, shopper_id, order_id, sku, quantity, carrier,
				    tracking_number, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'SHIPPED', ?)
				on conflict (request_key) do nothing
				""")
			.params(request.requestKey(), request.shopper().shopId(), request.shopper().shopperId(), request.orderId(),
					request.sku(), request.quantity(), LocalPickups.CARRIER, tracking,
					Timestamp.from(this.clock.instant()))
			.update();
		return this.jdbc.sql("select carrier, tracking_number from local_shipments where request_key = ?")
			.param(request.requestKey())
			.query((rs, i) -> new Shipment(rs.getString("carrier"), rs.getString("tracking_number")))
			.single();
	}

}
