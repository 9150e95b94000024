package dev.kefu.bot.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jwt.JWTParser;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies shopper tokens from several shops: the unverified {@code iss} claim only picks
 * the shop's key, and the token is then fully verified with that key (signature, issuer,
 * expiry, subject). Tokens from unknown shops are refused.
 */
class ShopperTokenDecoder implements JwtDecoder {

	private final Map<String, JwtDecoder> decodersByShop = new HashMap<>();

	ShopperTokenDecoder(ShopperTokenSettings settings) {
		for (ShopperTokenSettings.Shop shop : settings.shops()) {
			NimbusJwtDecoder decoder = shop.usesSharedSecret()
					? NimbusJwtDecoder
						.withSecretKey(
								new SecretKeySpec(shop.hmacSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
						.macAlgorithm(MacAlgorithm.HS256)
						.build()
					: NimbusJwtDecoder.withPublicKey(parsePublicKey(shop))
						.signatureAlgorithm(SignatureAlgorithm.RS256)
						.build();
			decoder.setJwtValidator(validatorFor(shop.id(), settings));
			this.decodersByShop.put(shop.id(), decoder);
		}
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		String shopId;
		try {
			shopId = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			throw new BadJwtException("The shopper token is not a well-formed JWT", ex);
		}
		JwtDecoder decoder = (shopId != null) ? this.decodersByShop.get(shopId) : null;
		if (decoder == null) {
			throw new BadJwtException("The shopper token was not issued by a shop this service knows");
		}
		return decoder.decode(token);
	}

	private static OAuth2TokenValidator<Jwt> validatorFor(String shopId, ShopperTokenSettings settings) {
		return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(settings.clockSkew()),
				new JwtIssuerValidator(shopId), new JwtClaimValidator<Object>(JwtClaimNames.EXP, (exp) -> exp != null),
				new JwtClaimValidator<String>(JwtClaimNames.SUB,
						(sub) -> sub != null && !sub.isBlank() && sub.length() <= 128));
	}

	private static RSAPublicKey parsePublicKey(ShopperTokenSettings.Shop shop) {
		try {
			return RsaKeyConverters.x509()
				.convert(new ByteArrayInputStream(shop.publicKey().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Shop '" + shop.id() + "': public-key is not a PEM RSA public key", ex);
		}
	}

}
