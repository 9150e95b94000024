package dev.kefu.bot.staff.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.kefu.bot.staff.StaffAudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts failed staff logins per account and per client address in PostgreSQL (so that
 * the counts hold across nodes) and says when the next attempt may be made: after
 * {@code delayAfter} failures of an account each attempt waits, twice as long every time,
 * after {@code lockAfter} the account is locked, and an address with
 * {@code addressLockAfter} failures over all accounts is locked too. A successful login
 * clears its account's count. Names that are no account are counted like accounts, so
 * that the answers do not tell which names exist.
 */
@Service
public class LoginThrottle {

	private static final int LONGEST_NAME = 64;

	private final JdbcClient jdbc;

	private final LoginSettings settings;

	private final StaffAudit audit;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginSettings settings, StaffAudit audit) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/**
	 * How long a login attempt must wait.
	 * @param username the name tried
	 * @param address the client's address
	 * @return the wait, or empty when it may go ahead
	 */
	public Optional<Duration> waitBefore(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Duration> account = state(account(username)).flatMap((s) -> s.wait(now, true, this.settings));
		Optional<Duration> client = state(address(address)).flatMap((s) -> s.wait(now, false, this.settings));
		if (account.isEmpty()) {
			return client;
		}
		return (client.isEmpty() || account.get().compareTo(client.get()) >= 0) ? account : client;
	}

	/**
	 * Counts a failed login.
	 * @param username the name tried
	 * @param address the client's address
	 */
	public void failed(String username, String address) {
		this.audit.record(null, StaffAudit.Action.LOGIN_FAILED, account(username), null, address);
		count(account(username), this.settings.lockAfter(), address);
		count(address(address), this.settings.addressLockAfter(), address);
	}

	/**
	 * Clears an account's failures after it logged in.
	 * @param username the account
	 */
	public void succeeded(String username) {
		this.jdbc.sql("delete from login_throttle where subject = ?").param(account(username)).update();
	}

	/**
	 * Lifts a lock (and the count) of an account or an address.
	 * @param subject {@code account:<name>} or {@code address:<ip>}
	 * @param admin who lifts it
	 * @return {@code true} when there was anything to lift
	 */
	public boolean unlock(String subject, String admin) {
		boolean lifted = this.jdbc.sql("delete from login_throttle where subject = ?").param(subject).update() == 1;
		if (lifted) {
			this.audit.record(admin, StaffAudit.Action.LOGIN_UNLOCKED, subject, null, null);
		}
		return lifted;
	}

	/**
	 * The accounts and addresses that may not log in now.
	 * @return the locks
	 */
	public List<Lock> locks() {
		return this.jdbc.sql("""
				select subject, failures, locked_until from login_throttle where locked_until > now()
				order by locked_until desc
				""")
			.query((row, n) -> new Lock(row.getString("subject"), row.getInt("failures"),
					row.getTimestamp("locked_until").toInstant()))
			.list();
	}

	/**
	 * The subject of an account's failures.
	 * @param username the name tried
	 * @return the subject
	 */
	public static String account(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + ((name.length() > LONGEST_NAME) ? name.substring(0, LONGEST_NAME) : name);
	}

	/**
	 * The subject of a client address's failures.
	 * @param address the address
	 * @return the subject
	 */
	public static String address(String address) {
		return "address:" + address;
	}

	private void count(String subject, int lockAt, String address) {
		Boolean locked = this.jdbc
			.sql("""
					with previous as (select locked_until from login_throttle where subject = :subject)
					insert into login_throttle as t (subject, failures, window_started_at, last_failure_at, locked_until)
					values (:subject, 1, now(), now(),
					        case when 1 >= :lockAt then now() + make_interval(secs => :lockFor) end)
					on conflict (subject) do update
					set failures = case when t.window_started_at < now() - make_interval(secs => :window) then 1
					                    else t.failures + 1 end,
					    window_started_at = case when t.window_started_at < now() - make_interval(secs => :window) then now()
					                             else t.window_started_at end,
					    last_failure_at = now(),
					    locked_until = case
					        when (t.locked_until is null or t.locked_until <= now())
					             and (case when t.window_started_at < now() - make_interval(secs => :window) then 1
					                       else t.failures + 1 end) >= :lockAt
					        then now() + make_interval(secs => :lockFor)
					        else t.locked_until end
					returning t.locked_until is not null and t.locked_until > now()
					          and coalesce((select locked_until from previous) <= now(), true) as newly_locked
					""")
			.param("subject", subject)
			.param("lockAt", lockAt)
			.param("lockFor", this.settings.lockFor().toSeconds())
			.param("window", this.settings.window().toSeconds())
			.query(Boolean.class)
			.single();
		if (Boolean.TRUE.equals(locked)) {
			this.audit.record(null, StaffAudit.Action.LOGIN_LOCKED, subject,
					"locked for " + this.settings.lockFor().toMinutes() + " minutes", address);
		}
	}

	private Optional<State> state(String subject) {
		return this.jdbc
			.sql("select failures, window_started_at, last_failure_at, locked_until from login_throttle "
					+ "where subject = ?")
			.param(subject)
			.query((row, n) -> new State(row.getInt("failures"), row.getTimestamp("window_started_at").toInstant(),
					row.getTimestamp("last_failure_at").toInstant(),
					(row.getTimestamp("locked_until") != null) ? row.getTimestamp("locked_until").toInstant() : null))
			.optional();
	}

	/**
	 * A lock in force.
	 *
	 * @param subject the account or address
	 * @param failures its failures in the window
	 * @param lockedUntil when it lifts by itself
	 */
	public record Lock(String subject, int failures, Instant lockedUntil) {
	}

	private record State(int failures, Instant windowStartedAt, Instant lastFailureAt, Instant lockedUntil) {

		Optional<Duration> wait(Instant now, boolean delays, LoginSettings settings) {
			if (this.lockedUntil != null && this.lockedUntil.isAfter(now)) {
				return Optional.of(Duration.between(now, this.lockedUntil));
			}
			if (!delays || this.windowStartedAt.isBefore(now.minus(settings.window()))
					|| this.failures < settings.delayAfter()) {
				return Optional.empty();
			}
			int doublings = Math.min(this.failures - settings.delayAfter(), 20);
			Instant next = this.lastFailureAt.plus(settings.firstDelay().multipliedBy(1L << doublings));
			return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.empty();
		}

	}

}
