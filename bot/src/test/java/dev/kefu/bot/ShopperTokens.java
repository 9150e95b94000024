package dev.kefu.bot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs shopper tokens as a shop's app would, for any shopper and with any flaw a test
 * needs.
 */
public final class ShopperTokens {

	/** The demo shop's secret, as configured in application-demo.yml. */
	public static final String DEMO_SECRET = "kefu-demo-shop-secret-not-for-production-use";

	/** The second demo shop's secret, as configured in application-demo.yml. */
	public static final String HOME_SECRET = "kefu-demo-home-shop-secret-not-for-production";

	public static String homeShopper(String shopperId) {
		return sign("home-shop", shopperId, Instant.now().plus(Duration.ofHours(1)), HOME_SECRET);
	}

	private ShopperTokens() {
	}

	public static String demoShopper(String shopperId) {
		return sign("demo-shop", shopperId, Instant.now().plus(Duration.ofHours(1)), DEMO_SECRET);
	}

	public static String sign(String shopId, String shopperId, Instant expiresAt, String secret) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(shopId)
			.subject(shopperId)
			.issueTime(new Date());
		if (expiresAt != null) {
			claims.expirationTime(Date.from(expiresAt));
		}
		return sign(claims.build(), macSigner(secret));
	}

	public static String sign(JWTClaimsSet claims, JWSSigner signer) {
		try {
			JWSAlgorithm algorithm = (signer instanceof MACSigner) ? JWSAlgorithm.HS256 : JWSAlgorithm.RS256;
			SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static JWSSigner macSigner(String secret) {
		try {
			return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
