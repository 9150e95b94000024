package dev.kefu.bot.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.staff.StaffRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode settings.
 *
 * @param enabled whether demo tokens may be issued and demo staff accounts are created
 * @param shopId the demo shop; it must be configured with an HMAC secret under
 * {@code kefu.security.shopper-tokens.shops}
 * @param shoppers the only shopper ids a demo token may be issued for
 * @param tokenLifetime how long a demo token is valid
 * @param staff staff accounts created at start when missing
 */
@ConfigurationProperties("kefu.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("demo-shop") String shopId,
		@DefaultValue List<String> shoppers, @DefaultValue("12h") Duration tokenLifetime,
		@DefaultValue List<StaffAccount> staff) {

	/**
	 * A demo staff account.
	 *
	 * @param username login name
	 * @param password password
	 * @param roles roles
	 */
	public record StaffAccount(String username, String password, Set<StaffRole> roles) {
	}

}
