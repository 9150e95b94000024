package dev.kefu.bot.staff.login;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed staff logins are throttled.
 *
 * @param window failures older than this are forgotten
 * @param delayAfter failures of one account after which each further attempt waits
 * @param firstDelay the first wait; it doubles with every further failure
 * @param lockAfter failures of one account after which it is locked
 * @param lockFor how long a lock lasts (an admin may lift it sooner)
 * @param addressLockAfter failures from one client address, over all accounts, after
 * which the address is locked
 * @param trustedProxies addresses of the proxies in front of Kefu, whose
 * {@code X-Forwarded-For} names the client; from any other peer the header is ignored
 */
@ConfigurationProperties("kefu.security.login")
public record LoginSettings(@DefaultValue("15m") Duration window, @DefaultValue("5") int delayAfter,
		@DefaultValue("1s") Duration firstDelay, @DefaultValue("10") int lockAfter,
		@DefaultValue("15m") Duration lockFor, @DefaultValue("50") int addressLockAfter,
		@DefaultValue List<String> trustedProxies) {

	public LoginSettings {
		if (delayAfter < 1 || lockAfter <= delayAfter || addressLockAfter < 1) {
			throw new IllegalArgumentException(
					"kefu.security.login: delay-after >= 1, lock-after > delay-after and address-lock-after >= 1");
		}
		trustedProxies = List.copyOf(trustedProxies);
	}

}
