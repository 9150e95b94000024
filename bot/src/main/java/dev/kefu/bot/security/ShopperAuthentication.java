package dev.kefu.bot.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * An authenticated shopper. The principal is the {@link ShopperRef} taken from the
 * verified token, which is what every shopper-facing query filters on.
 */
public final class ShopperAuthentication extends AbstractAuthenticationToken {

	/** The authority every shopper has, and only shoppers. */
	public static final String ROLE = "SHOPPER";

	private final ShopperRef shopper;

	private final transient Jwt token;

	ShopperAuthentication(Jwt token) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.shopper = new ShopperRef(token.getClaimAsString(JwtClaimNames.ISS), token.getSubject());
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public ShopperRef getPrincipal() {
		return this.shopper;
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	/**
	 * The name STOMP routes user destinations by: both ids URL-encoded, so that no
	 * character of theirs (a slash, a colon) can change the destination or collide with
	 * another shopper.
	 */
	@Override
	public String getName() {
		return userName(this.shopper);
	}

	/**
	 * The name STOMP routes a shopper's user destinations by.
	 * @param shopper the shopper
	 * @return their user name
	 */
	public static String userName(ShopperRef shopper) {
		return URLEncoder.encode(shopper.shopId(), StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(shopper.shopperId(), StandardCharsets.UTF_8);
	}

}
