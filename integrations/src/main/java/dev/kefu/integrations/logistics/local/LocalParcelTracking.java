package dev.kefu.integrations.logistics.local;

import java.sql.Timestamp;
import java.util.Optional;

import dev.kefu.returns.logistics.ParcelStatus;
import dev.kefu.returns.logistics.ParcelTracking;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracking read from Kefu's own table, for the demo and for shops without a carrier
 * integration.
 */
class LocalParcelTracking implements ParcelTracking {

	private final JdbcClient jdbc;

	LocalParcelTracking(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ParcelStatus> track(String shopId, String orderId) {
		return this.jdbc.sql("""
				select carrier, tracking_number, last_event, last_event_at, estimated_delivery
				from local_parcels where shop_id = ? and order_id = ?
				""").params(shopId, orderId).query((rs, i) -> {
			Timestamp eta = rs.getTimestamp("estimated_delivery");
			return new ParcelStatus(rs.getString("carrier"), rs.getString("tracking_number"),
					rs.getString("last_event"), rs.getTimestamp("last_event_at").toInstant(),
					(eta != null) ? eta.toInstant() : null);
		}).optional();
	}

}
