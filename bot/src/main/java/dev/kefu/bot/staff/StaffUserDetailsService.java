package dev.kefu.bot.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads staff accounts for the form login and HTTP Basic (Prometheus scrapes, scripts).
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;

	StaffUserDetailsService(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
		return new StaffUser(account);
	}

}
