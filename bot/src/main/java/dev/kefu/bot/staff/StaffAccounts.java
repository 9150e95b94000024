package dev.kefu.bot.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored staff accounts.
 */
@Repository
public class StaffAccounts {

	private static final String WITH_MEMBERSHIPS = """
			select a.*, array(select m.shop_id || ' ' || array_to_string(m.roles, ' ')
			                  from staff_memberships m where m.username = a.username order by m.shop_id) as memberships
			from staff_accounts a
			""";

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates an account unless one with the same username exists.
	 * @param username the login name
	 * @param passwordHash the encoded password
	 * @param roles the roles
	 * @return {@code true} when created, {@code false} when the username was taken
	 */
	public boolean createIfAbsent(String username, String passwordHash, Set<StaffRole> roles) {
		String[] roleNames = roles.stream().map(StaffRole::name).sorted().toArray(String[]::new);
		return this.jdbc.sql("""
				insert into staff_accounts (username, password_hash, roles) values (?, ?, ?)
				on conflict (username) do nothing
				""").params(username, passwordHash, roleNames).update() == 1;
	}

	/**
	 * Creates an account with its memberships unless one with the same username exists.
	 * @param username the login name
	 * @param passwordHash the encoded password
	 * @param roles roles in every shop (usually none)
	 * @param shops per shop, the roles there
	 * @param platformAdmin whether it manages shops
	 * @return {@code true} when created
	 */
	@Transactional
	public boolean createIfAbsent(String username, String passwordHash, Set<StaffRole> roles,
			Map<String, Set<StaffRole>> shops, boolean platformAdmin) {
		boolean created = this.jdbc.sql("""
				insert into staff_accounts (username, password_hash, roles, platform_admin) values (?, ?, ?, ?)
				on conflict (username) do nothing
				""").params(username, passwordHash, names(roles), platformAdmin).update() == 1;
		if (created) {
			setMemberships(username, shops);
		}
		return created;
	}

	/**
	 * Sets an account's roles in every shop; its sessions end.
	 * @param username the login name
	 * @param roles the roles (may be empty)
	 * @return {@code true} when the account exists
	 */
	public boolean setGlobalRoles(String username, Set<StaffRole> roles) {
		return setRoles(username, roles);
	}

	public Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc.sql(WITH_MEMBERSHIPS + " where a.username = ?")
			.param(username)
			.query(StaffAccounts::map)
			.optional();
	}

	public List<StaffAccount> findAll() {
		return this.jdbc.sql(WITH_MEMBERSHIPS + " order by a.username").query(StaffAccounts::map).list();
	}

	/**
	 * Replaces an account's memberships (shops and roles there); its sessions end.
	 * @param username the login name
	 * @param shops per shop, the roles (a shop with no roles is left)
	 * @return {@code true} when the account exists
	 */
	@Transactional
	public boolean setMemberships(String username, Map<String, Set<StaffRole>> shops) {
		if (bumpVersion(username) == 0) {
			return false;
		}
		this.jdbc.sql("delete from staff_memberships where username = ?").param(username).update();
		shops.forEach((shopId, roles) -> {
			if (!roles.isEmpty()) {
				this.jdbc.sql("insert into staff_memberships (username, shop_id, roles) values (?, ?, ?)")
					.params(username, shopId, names(roles))
					.update();
			}
		});
		return true;
	}

	/**
	 * Makes an account a platform admin or not; its sessions end.
	 * @param username the login name
	 * @param platformAdmin whether it manages shops
	 * @return {@code true} when the account exists
	 */
	public boolean setPlatformAdmin(String username, boolean platformAdmin) {
		return this.jdbc.sql("""
				update staff_accounts set platform_admin = ?, credentials_version = credentials_version + 1
				where username = ?
				""").params(platformAdmin, username).update() == 1;
	}

	private int bumpVersion(String username) {
		return this.jdbc
			.sql("update staff_accounts set credentials_version = credentials_version + 1 where username = ?")
			.param(username)
			.update();
	}

	private static String[] names(Set<StaffRole> roles) {
		return roles.stream().map(StaffRole::name).sorted().toArray(String[]::new);
	}

	/**
	 * Enables or disables an account.
	 * @param username the login name
	 * @param enabled whether it may log in
	 * @return {@code true} when the account exists
	 */
	public boolean setEnabled(String username, boolean enabled) {
		return this.jdbc.sql("""
				update staff_accounts set enabled = ?, credentials_version = credentials_version + 1
				where username = ?
				""").params(enabled, username).update() == 1;
	}

	/**
	 * Replaces an account's roles; its sessions end.
	 * @param username the login name
	 * @param roles the new roles
	 * @return {@code true} when the account exists
	 */
	public boolean setRoles(String username, Set<StaffRole> roles) {
		String[] roleNames = roles.stream().map(StaffRole::name).sorted().toArray(String[]::new);
		return this.jdbc.sql("""
				update staff_accounts set roles = ?, credentials_version = credentials_version + 1
				where username = ?
				""").params(roleNames, username).update() == 1;
	}

	/**
	 * Replaces an account's password; its sessions end.
	 * @param username the login name
	 * @param passwordHash the encoded new password
	 * @return {@code true} when the account exists
	 */
	public boolean setPassword(String username, String passwordHash) {
		return this.jdbc.sql("""
				update staff_accounts set password_hash = ?, credentials_version = credentials_version + 1
				where username = ?
				""").params(passwordHash, username).update() == 1;
	}

	/**
	 * The version of an account's credentials, while it may log in: a session made with
	 * another version (or for a disabled or deleted account) is over.
	 * @param username the login name
	 * @return the version, or empty when the account is disabled or gone
	 */
	public Optional<Long> activeVersion(String username) {
		return this.jdbc.sql("select credentials_version from staff_accounts where username = ? and enabled")
			.param(username)
			.query(Long.class)
			.optional();
	}

	/**
	 * The versions of several accounts, as {@link #activeVersion} (for a node checking
	 * its open console sockets).
	 * @param usernames the login names
	 * @return the version of each account that may log in
	 */
	public Map<String, Long> activeVersions(Collection<String> usernames) {
		Map<String, Long> versions = new HashMap<>();
		if (usernames.isEmpty()) {
			return versions;
		}
		this.jdbc.sql("select username, credentials_version from staff_accounts where username = any(?) and enabled")
			.param(usernames.toArray(String[]::new))
			.query((row) -> {
				versions.put(row.getString("username"), row.getLong("credentials_version"));
			});
		return versions;
	}

	/**
	 * The language an account chose for the staff pages.
	 * @param username the login name
	 * @return {@code zh-Hans}, {@code zh-Hant} or {@code en}; empty when none was chosen
	 * (the browser's decides) or there is no such account
	 */
	public Optional<String> language(String username) {
		return this.jdbc.sql("select language from staff_accounts where username = ? and language is not null")
			.param(username)
			.query(String.class)
			.optional();
	}

	/**
	 * Keeps the language an account chose for the staff pages; its sessions go on.
	 * @param username the login name
	 * @param language {@code zh-Hans}, {@code zh-Hant} or {@code en}, or {@code null} to
	 * let the browser's decide again
	 * @return {@code true} when the account exists
	 */
	public boolean setLanguage(String username, String language) {
		return this.jdbc.sql("update staff_accounts set language = ? where username = ?")
			.params(language, username)
			.update() == 1;
	}

	public long count() {
		return this.jdbc.sql("select count(*) from staff_accounts").query(Long.class).single();
	}

	private static StaffAccount map(ResultSet row, int rowNumber) throws SQLException {
		Map<String, Set<StaffRole>> shops = new HashMap<>();
		String[] memberships = (String[]) row.getArray("memberships").getArray();
		for (String membership : memberships) {
			// shop id, then its roles, joined by spaces (neither can hold a space).
			String[] parts = membership.split(" ");
			shops.put(parts[0], roles(Arrays.copyOfRange(parts, 1, parts.length)));
		}
		return new StaffAccount(row.getString("username"), row.getString("password_hash"),
				roles((String[]) row.getArray("roles").getArray()), shops, row.getBoolean("platform_admin"),
				row.getBoolean("enabled"), row.getTimestamp("created_at").toInstant(),
				row.getLong("credentials_version"));
	}

	private static Set<StaffRole> roles(String[] names) {
		return Arrays.stream(names)
			.map(StaffRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
	}

}
