package dev.kefu.integrations.logistics.local;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pickups booked in Kefu's own table: the next three-hour window starting at least two
 * hours from now. Booking twice with one request key answers with the first booking.
 */
class LocalPickups implements Pickups {

	static final String CARRIER = "Kefu Local Express";

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalPickups(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public PickupBooking book(PickupRequest request) {
		Instant now = this.clock.instant();
		Instant start = now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		this.jdbc
			.sql("""
					insert into local_pickups (booking_id, request_key, shop_id, shopper_id, order_id, sku, quantity, carrier,
					    tracking_number, window_start, window_end, status, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?)
					on conflict (request_key) do nothing
					""")
			.params("PU" + id, request.requestKey(), request.shopper().shopId(), request.shopper().shopperId(),
					request.orderId(), request.sku(), request.quantity(), CARRIER, "KLR" + id, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofHours(3))), Timestamp.from(now))
			.update();
		return this.jdbc.sql(
				"select booking_id, carrier, tracking_number, window_start, window_end from local_pickups where request_key = ?")
			.param(request.requestKey())
			.query((rs, i) -> new PickupBooking(rs.getString("booking_id"), rs.getString("carrier"),
					rs.getString("tracking_number"), rs.getTimestamp("window_start").toInstant(),
					rs.getTimestamp("window_end").toInstant()))
			.single();
	}

	@Override
	public void cancel(String bookingId) {
		this.jdbc.sql(
				"update local_pickups set status = 'CANCELLED', updated_at = ? where booking_id = ? and status = 'BOOKED'")
			.params(Timestamp.from(this.clock.instant()), bookingId)
			.update();
	}

}
