package dev.kefu.bot.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A staff member's login.
 *
 * @param username unique login name (lowercase letters, digits, dot, dash, underscore)
 * @param passwordHash the encoded password, with its algorithm prefix
 * @param roles what the account may do
 * @param enabled whether the account may log in
 * @param createdAt when it was created
 * @param credentialsVersion raised whenever the account is disabled or its roles or
 * password change: sessions of an older version are over
 */
public record StaffAccount(String username, String passwordHash, Set<StaffRole> roles, boolean enabled,
		Instant createdAt, long credentialsVersion) {

	public StaffAccount {
		roles = Set.copyOf(roles);
	}

}
