package dev.kefu.bot.demo;

import dev.kefu.bot.staff.StaffAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo staff accounts (admin, agent, ops) when they are missing. Runs before
 * the first-admin initializer, which then finds accounts and does nothing.
 */
@Component
@Order(-1)
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
class DemoStaffAccountsInitializer implements ApplicationRunner {

	private final DemoSettings settings;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	DemoStaffAccountsInitializer(DemoSettings settings, StaffAccounts accounts, PasswordEncoder passwordEncoder) {
		this.settings = settings;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoSettings.StaffAccount account : this.settings.staff()) {
			// Hashing is deliberately slow: skip it for accounts that already exist.
			var existing = this.accounts.findByUsername(account.username());
			if (existing.isEmpty()) {
				this.accounts.createIfAbsent(account.username(), this.passwordEncoder.encode(account.password()),
						account.roles(), account.shops(), account.platformAdmin());
			}
			else if (!existing.get().roles().equals(account.roles()) || !existing.get().shops().equals(account.shops())
					|| existing.get().platformAdmin() != account.platformAdmin()) {
				// A demo database from before shops had staff with roles everywhere.
				this.accounts.setGlobalRoles(account.username(), account.roles());
				this.accounts.setMemberships(account.username(), account.shops());
				this.accounts.setPlatformAdmin(account.username(), account.platformAdmin());
			}
		}
	}

}
