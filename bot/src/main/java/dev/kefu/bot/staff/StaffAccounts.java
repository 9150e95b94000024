package dev.kefu.bot.staff;

import java.sql.Array;
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

/**
 * The stored staff accounts.
 */
@Repository
public class StaffAccounts {

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

	public Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc.sql("select * from staff_accounts where username = ?")
			.param(username)
			.query(StaffAccounts::map)
			.optional();
	}

	public List<StaffAccount> findAll() {
		return this.jdbc.sql("select * from staff_accounts order by username").query(StaffAccounts::map).list();
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

	public long count() {
		return this.jdbc.sql("select count(*) from staff_accounts").query(Long.class).single();
	}

	private static StaffAccount map(ResultSet row, int rowNumber) throws SQLException {
		Array roles = row.getArray("roles");
		Set<StaffRole> parsed = Arrays.stream((String[]) roles.getArray())
			.map(StaffRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
		return new StaffAccount(row.getString("username"), row.getString("password_hash"), parsed,
				row.getBoolean("enabled"), row.getTimestamp("created_at").toInstant(),
				row.getLong("credentials_version"));
	}

}
