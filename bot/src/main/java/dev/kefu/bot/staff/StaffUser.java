package dev.kefu.bot.staff;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in staff member, with the version of the account's credentials at login, so
 * that the session can be ended when the account changes.
 */
public class StaffUser extends User {

	private static final long serialVersionUID = 1L;

	private final long credentialsVersion;

	StaffUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			long credentialsVersion) {
		super(username, password, enabled, true, true, true, authorities);
		this.credentialsVersion = credentialsVersion;
	}

	/**
	 * The account's credentials version when this session began.
	 * @return the version
	 */
	public long credentialsVersion() {
		return this.credentialsVersion;
	}

}
