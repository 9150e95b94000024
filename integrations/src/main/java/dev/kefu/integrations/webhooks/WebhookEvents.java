package dev.kefu.integrations.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The webhook events already taken. An event is recorded after it was acted on; if the
 * server stops in between, the redelivery is acted on again and the case's own history
 * (which keeps the event id) recognises it, so it still changes the case once.
 */
public class WebhookEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	public WebhookEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether an event was taken before.
	 * @param shopId the shop
	 * @param eventId the sender's event id
	 * @return {@code true} for a redelivery
	 */
	public boolean seen(String shopId, String eventId) {
		return this.jdbc.sql("select count(*) from webhook_events where shop_id = ? and event_id = ?")
			.params(shopId, eventId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Which of these events were taken before.
	 * @param shopId the shop
	 * @param eventIds the sender's event ids
	 * @return the ids of redeliveries
	 */
	public Set<String> seen(String shopId, Collection<String> eventIds) {
		return new HashSet<>(
				this.jdbc.sql("select event_id from webhook_events where shop_id = ? and event_id = any(?::text[])")
					.params(shopId, eventIds.toArray(String[]::new))
					.query(String.class)
					.list());
	}

	/**
	 * Records an event unless it was taken before.
	 * @param shopId the shop
	 * @param eventId the sender's event id
	 * @param source which webhook
	 * @return {@code true} the first time, {@code false} for a redelivery
	 */
	public boolean record(String shopId, String eventId, String source) {
		return this.jdbc.sql("""
				insert into webhook_events (shop_id, event_id, source, received_at) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(shopId, eventId, source, Timestamp.from(this.clock.instant())).update() == 1;
	}

}
