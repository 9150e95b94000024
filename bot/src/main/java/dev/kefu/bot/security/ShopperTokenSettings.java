package dev.kefu.bot.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shops whose apps may issue shopper tokens, and how each one signs them.
 *
 * @param shops one entry per shop; a token's {@code iss} claim names its shop
 * @param clockSkew tolerance on {@code exp} and {@code nbf} for clocks that drift
 */
@ConfigurationProperties("kefu.security.shopper-tokens")
public record ShopperTokenSettings(@DefaultValue List<Shop> shops, @DefaultValue("60s") Duration clockSkew) {

	/**
	 * One shop's token verification key: either a shared secret (HS256) or a public key
	 * (RS256).
	 *
	 * @param id the shop's id, expected as the token's {@code iss}
	 * @param hmacSecret shared secret of at least 32 bytes, or blank
	 * @param publicKey PEM-encoded RSA public key, or blank
	 */
	public record Shop(String id, String hmacSecret, String publicKey) {

		public Shop {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("kefu.security.shopper-tokens.shops[].id must be set");
			}
			boolean hasSecret = hmacSecret != null && !hmacSecret.isBlank();
			boolean hasKey = publicKey != null && !publicKey.isBlank();
			if (hasSecret == hasKey) {
				throw new IllegalArgumentException(
						"Shop '" + id + "' needs exactly one of hmac-secret or public-key to verify shopper tokens");
			}
			if (hasSecret && hmacSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
				throw new IllegalArgumentException("Shop '" + id + "': hmac-secret must be at least 32 bytes");
			}
		}

		boolean usesSharedSecret() {
			return this.hmacSecret != null && !this.hmacSecret.isBlank();
		}

	}

}
