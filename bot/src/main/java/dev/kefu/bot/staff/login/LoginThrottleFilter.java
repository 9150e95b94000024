package dev.kefu.bot.staff.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import dev.kefu.bot.problems.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a login attempt, form or HTTP Basic, that the {@link LoginThrottle} says
 * must wait, before any password is checked: a browser is sent back to the login page
 * with the wait, a script gets a 429 problem with {@code Retry-After}.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	private final LoginThrottle throttle;

	private final ClientAddresses addresses;

	private final ProblemWriter problems;

	public LoginThrottleFilter(LoginThrottle throttle, ClientAddresses addresses, ProblemWriter problems) {
		this.throttle = throttle;
		this.addresses = addresses;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		Optional<String> username = form ? Optional.ofNullable(request.getParameter("username"))
				: basicUsername(request);
		if (username.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = this.throttle.waitBefore(username.get(), this.addresses.of(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (long) Math.ceil(wait.get().toMillis() / 1000.0));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
			return;
		}
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed logins: try again in " + seconds + ((seconds == 1) ? " second." : " seconds."));
	}

	private static Optional<String> basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return Optional.of((colon < 0) ? decoded : decoded.substring(0, colon));
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: the Basic filter refuses it.
			return Optional.empty();
		}
	}

}
