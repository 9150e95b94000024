package dev.kefu.bot.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff account settings.
 *
 * @param admin the first admin, created when no staff account exists yet
 */
@ConfigurationProperties("kefu.staff")
public record StaffSettings(@DefaultValue Admin admin) {

	/**
	 * The first admin account. It holds every role.
	 *
	 * @param username its login name
	 * @param password its password; when blank a random one is generated and logged once
	 */
	public record Admin(@DefaultValue("admin") String username, String password) {
	}

}
