package dev.kefu.bot.security;

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

	@Override
	public String getName() {
		return this.shopper.shopId() + "/" + this.shopper.shopperId();
	}

}
