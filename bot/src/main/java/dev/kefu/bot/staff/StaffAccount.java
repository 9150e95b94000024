package dev.kefu.bot.staff;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A staff member's login.
 *
 * @param username unique login name (lowercase letters, digits, dot, dash, underscore)
 * @param passwordHash the encoded password, with its algorithm prefix
 * @param roles what the account may do in every shop (a chain's central team); usually
 * empty, with roles per shop instead
 * @param shops per shop the account belongs to, its roles there
 * @param platformAdmin whether it manages shops and every shop's staff
 * @param enabled whether the account may log in
 * @param createdAt when it was created
 * @param credentialsVersion raised whenever the account is disabled or its roles,
 * memberships or password change: sessions of an older version are over
 */
public record StaffAccount(String username, String passwordHash, Set<StaffRole> roles,
		Map<String, Set<StaffRole>> shops, boolean platformAdmin, boolean enabled, Instant createdAt,
		long credentialsVersion) {

	public StaffAccount {
		roles = Set.copyOf(roles);
		shops = Map.copyOf(shops);
	}

	/**
	 * Whether the account belongs to a shop (or to every shop).
	 * @param shopId the shop
	 * @return {@code true} when it does
	 */
	public boolean belongsTo(String shopId) {
		return this.platformAdmin || !this.roles.isEmpty() || this.shops.containsKey(shopId);
	}

}
