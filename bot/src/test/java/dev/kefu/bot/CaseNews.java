package dev.kefu.bot;

import java.time.Duration;

import dev.kefu.returns.cases.ReturnCaseId;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits for what a case's moves set off just after they commit (the chat's notice, the
 * review escalation): the event publication registry keeps a publication until its
 * listener has succeeded.
 */
public final class CaseNews {

	private CaseNews() {
	}

	/**
	 * Waits until every reaction to the case's moves so far has been delivered.
	 * @param jdbc the database
	 * @param id the case
	 */
	public static void awaitDelivered(JdbcClient jdbc, ReturnCaseId id) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?")
				.param("%" + id.value() + "%")
				.query(Integer.class)
				.single() == 0);
	}

}
