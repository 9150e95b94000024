package dev.kefu.bot.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopperTokenDecoderTests {

	static final String SECRET = "secret-of-the-hmac-shop-at-least-32-bytes";

	@Test
	void verifiesEachShopsTokensWithThatShopsOwnKey() throws Exception {
		KeyPair rsa = rsaKeyPair();
		ShopperTokenDecoder decoder = new ShopperTokenDecoder(
				new ShopperTokenSettings(List.of(new ShopperTokenSettings.Shop("hmac-shop", SECRET, null),
						new ShopperTokenSettings.Shop("rsa-shop", null, pem(rsa))), Duration.ofSeconds(60)));

		Jwt hmacToken = decoder.decode(ShopperTokens.sign("hmac-shop", "amy", inAnHour(), SECRET));
		String rsaSigned = ShopperTokens.sign(claims("rsa-shop", "ben"), new RSASSASigner(rsa.getPrivate()));
		Jwt rsaToken = decoder.decode(rsaSigned);

		assertThat(new ShopperAuthentication(hmacToken).getPrincipal().shopperId()).isEqualTo("amy");
		assertThat(new ShopperAuthentication(rsaToken).getPrincipal().shopId()).isEqualTo("rsa-shop");
	}

	@Test
	void refusesATokenSignedWithAnotherShopsKey() throws Exception {
		KeyPair rsa = rsaKeyPair();
		ShopperTokenDecoder decoder = new ShopperTokenDecoder(
				new ShopperTokenSettings(List.of(new ShopperTokenSettings.Shop("hmac-shop", SECRET, null),
						new ShopperTokenSettings.Shop("rsa-shop", null, pem(rsa))), Duration.ofSeconds(60)));
		String claimsRsaShopButSignedWithHmac = ShopperTokens.sign("rsa-shop", "ben", inAnHour(), SECRET);

		assertThatThrownBy(() -> decoder.decode(claimsRsaShopButSignedWithHmac)).isInstanceOf(JwtException.class);
	}

	@Test
	void refusesTokensWithoutASubject() {
		ShopperTokenDecoder decoder = new ShopperTokenDecoder(new ShopperTokenSettings(
				List.of(new ShopperTokenSettings.Shop("hmac-shop", SECRET, null)), Duration.ofSeconds(60)));
		JWTClaimsSet noSubject = new JWTClaimsSet.Builder().issuer("hmac-shop")
			.expirationTime(Date.from(inAnHour()))
			.build();

		assertThatThrownBy(() -> decoder.decode(ShopperTokens.sign(noSubject, ShopperTokens.macSigner(SECRET))))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void rejectsShopSettingsWithoutExactlyOneKeyOrWithAShortSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ShopperTokenSettings.Shop("s", null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShopperTokenSettings.Shop("s", SECRET, "key"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShopperTokenSettings.Shop("s", "too-short", null));
	}

	private static Instant inAnHour() {
		return Instant.now().plus(Duration.ofHours(1));
	}

	private static JWTClaimsSet claims(String shopId, String shopperId) {
		return new JWTClaimsSet.Builder().issuer(shopId)
			.subject(shopperId)
			.expirationTime(Date.from(inAnHour()))
			.build();
	}

	private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static String pem(KeyPair keyPair) {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

}
