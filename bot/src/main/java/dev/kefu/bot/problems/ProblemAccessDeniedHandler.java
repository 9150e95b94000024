package dev.kefu.bot.problems;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers authenticated callers who lack the role (or the CSRF token) with 403 and a
 * problem detail.
 *
 * @param writer writes the problem
 */
public record ProblemAccessDeniedHandler(ProblemWriter writer) implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		this.writer.write(request, response, HttpStatus.FORBIDDEN, (exception instanceof CsrfException)
				? "The CSRF token is missing or invalid." : "Your account is not allowed to access this resource.");
	}

}
