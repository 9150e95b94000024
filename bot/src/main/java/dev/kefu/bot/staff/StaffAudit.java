package dev.kefu.bot.staff;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happened to staff accounts and logins, kept for admins.
 */
@Repository
public class StaffAudit {

	private final JdbcClient jdbc;

	StaffAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an event.
	 * @param actor who did it (an admin's username), or {@code null} for the system or an
	 * anonymous caller
	 * @param action what happened
	 * @param subject the account or client address it concerns
	 * @param detail more, or {@code null}
	 * @param clientAddress where the request came from, or {@code null}
	 */
	public void record(String actor, Action action, String subject, String detail, String clientAddress) {
		this.jdbc.sql("""
				insert into staff_audit (actor, action, subject, detail, client_address) values (?, ?, ?, ?, ?)
				""").params(actor, action.name(), subject, detail, clientAddress).update();
	}

	/**
	 * The latest events, newest first.
	 * @param limit how many
	 * @return the events
	 */
	public List<Entry> latest(int limit) {
		return this.jdbc.sql("select * from staff_audit order by id desc limit ?")
			.param(limit)
			.query((row, n) -> new Entry(row.getTimestamp("at").toInstant(), row.getString("actor"),
					Action.valueOf(row.getString("action")), row.getString("subject"), row.getString("detail"),
					row.getString("client_address")))
			.list();
	}

	/** What was done. */
	public enum Action {

		/** A login with a wrong password (or for no such account). */
		LOGIN_FAILED,

		/** Too many failed logins: the account or address may not try for a while. */
		LOGIN_LOCKED,

		/** An admin lifted a login lock. */
		LOGIN_UNLOCKED,

		/** An admin created an account. */
		ACCOUNT_CREATED,

		/** An admin enabled an account. */
		ACCOUNT_ENABLED,

		/** An admin disabled an account; its sessions ended. */
		ACCOUNT_DISABLED,

		/** An admin changed an account's roles; its sessions ended. */
		ROLES_CHANGED,

		/** The password changed; the account's sessions ended. */
		PASSWORD_CHANGED

	}

	/**
	 * One event.
	 *
	 * @param at when
	 * @param actor who did it, or {@code null}
	 * @param action what happened
	 * @param subject the account or address
	 * @param detail more, or {@code null}
	 * @param clientAddress where from, or {@code null}
	 */
	public record Entry(Instant at, String actor, Action action, String subject, String detail, String clientAddress) {
	}

}
