package dev.kefu.bot.problems;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers unauthenticated API calls with 401 and a problem detail instead of a login
 * redirect.
 *
 * @param writer writes the problem
 * @param challenge the {@code WWW-Authenticate} scheme to announce, e.g. {@code Bearer}
 */
public record ProblemAuthenticationEntryPoint(ProblemWriter writer,
		String challenge) implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean badToken = exception instanceof InvalidBearerTokenException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				badToken ? this.challenge + " error=\"invalid_token\"" : this.challenge);
		this.writer.write(request, response, HttpStatus.UNAUTHORIZED,
				badToken ? "The token is invalid, expired, or not issued by a known shop."
						: "Authentication is required to access this resource.");
	}

}
