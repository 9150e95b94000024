package dev.kefu.bot.staff.login;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a login attempt carries besides the credentials: the client's address as
 * {@link ClientAddresses} sees it, for the throttle and the audit.
 *
 * @param clientAddress where the attempt came from
 */
public record LoginDetails(String clientAddress) implements Serializable {

	/**
	 * The details source for the form and Basic logins.
	 * @param addresses how to read the client's address
	 * @return the source
	 */
	public static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source(ClientAddresses addresses) {
		return (request) -> new LoginDetails(addresses.of(request));
	}

}
