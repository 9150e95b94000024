package dev.kefu.bot.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import dev.kefu.returns.cases.ReturnCase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Which reactions to which version of a case were delivered. The registry delivers an
 * event at least once (again after a crash, a failed listener, a restart), so a reaction
 * that writes something claims its delivery first, in the transaction that does its work:
 * the claim commits with the work or rolls back with it, and a second delivery, even one
 * running at the same moment on another node, waits for the first on the key and then
 * finds it taken. A case's version changes with every move, so (case, version, reaction)
 * names one delivery; one small table serves every reaction, where a key on each table a
 * reaction writes (messages, escalations) would not cover a reaction that writes to
 * several, or to none it owns.
 */
@Component
public class DeliveredCaseEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	DeliveredCaseEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims the delivery of a reaction to the case as it is now.
	 * @param c the case, as the event carried it
	 * @param reaction what reacts, and to what (e.g. {@code chat-notice})
	 * @return true the first time; false when it was delivered before (do nothing)
	 * @throws IllegalStateException outside a transaction, where the claim would outlive
	 * work that failed
	 */
	public boolean firstDelivery(ReturnCase c, String reaction) {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"A delivery is claimed in the transaction that does its work");
		return this.jdbc.sql("""
				insert into delivered_case_events (case_id, case_version, reaction, delivered_at)
				values (?, ?, ?, ?)
				on conflict do nothing
				""").params(c.id().value(), c.version(), reaction, Timestamp.from(this.clock.instant())).update() == 1;
	}

	/**
	 * Forgets deliveries made before a time.
	 * @param before the time
	 * @return how many were forgotten
	 */
	int forgetBefore(Instant before) {
		return this.jdbc.sql("delete from delivered_case_events where delivered_at < ?")
			.param(Timestamp.from(before))
			.update();
	}

}
