package dev.kefu.bot.staff;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin on a database that has no staff account yet, so that a new
 * installation can be logged in to. Without a configured password it generates one and
 * logs it once: the installation is never left with a guessable default.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminInitializer.class);

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final StaffSettings settings;

	FirstAdminInitializer(StaffAccounts accounts, PasswordEncoder passwordEncoder, StaffSettings settings) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		StaffSettings.Admin admin = this.settings.admin();
		boolean generated = !StringUtils.hasText(admin.password());
		String password = generated ? generatePassword() : admin.password();
		if (this.accounts.createIfAbsent(admin.username(), this.passwordEncoder.encode(password),
				EnumSet.allOf(StaffRole.class), Map.of(), true) && generated) {
			logger.warn(
					"Created the first admin account '{}' with the generated password {} -- "
							+ "change it, or set kefu.staff.admin.password before the first start",
					admin.username(), password);
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
