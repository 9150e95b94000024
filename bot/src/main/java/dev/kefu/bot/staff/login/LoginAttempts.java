package dev.kefu.bot.staff.login;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Feeds the outcome of every staff login (form or Basic) to the {@link LoginThrottle}.
 */
@Component
class LoginAttempts {

	private final LoginThrottle throttle;

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Authentication attempt = event.getAuthentication();
		if (attempt.getDetails() instanceof LoginDetails details) {
			this.throttle.failed(attempt.getName(), details.clientAddress());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof LoginDetails) {
			this.throttle.succeeded(event.getAuthentication().getName());
		}
	}

}
