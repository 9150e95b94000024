package dev.kefu.bot.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.kefu.bot.security.ShopperTokenSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for a shop's app in demo mode: issues a shopper token, signed with the demo
 * shop's secret, for one of the configured demo shoppers, and for nobody else.
 */
@RestController
@RequestMapping("/api/demo/tokens")
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
class DemoTokenController {

	private final DemoSettings settings;

	private final Map<String, JwtEncoder> encoders = new HashMap<>();

	private final Clock clock;

	private final Shops shops;

	DemoTokenController(DemoSettings settings, ShopperTokenSettings tokenSettings, Shops shops) {
		this.settings = settings;
		this.shops = shops;
		for (DemoSettings.DemoShop shop : settings.shops()) {
			this.encoders.put(shop.id(), new NimbusJwtEncoder(
					new ImmutableSecret<>(new SecretKeySpec(demoShopSecret(shop.id(), tokenSettings), "HmacSHA256"))));
		}
		this.clock = Clock.systemUTC();
	}

	/**
	 * The demo shops and their shoppers, for the widget's demo picker.
	 */
	@GetMapping
	List<DemoShopView> shops() {
		return this.settings.shops()
			.stream()
			.map((shop) -> new DemoShopView(shop.id(), this.shops.of(shop.id()).name(), shop.shoppers()))
			.toList();
	}

	@PostMapping
	DemoToken issue(@Valid @RequestBody DemoTokenRequest request) {
		String shopId = (request.shopId() != null) ? request.shopId() : this.settings.shopId();
		DemoSettings.DemoShop shop = this.settings.shops()
			.stream()
			.filter((s) -> s.id().equals(shopId))
			.findFirst()
			.orElseThrow(() -> new NotADemoShopper(request.shopperId()));
		if (!shop.shoppers().contains(request.shopperId())) {
			throw new NotADemoShopper(request.shopperId());
		}
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.tokenLifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(shopId)
			.subject(request.shopperId())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.build();
		String token = this.encoders.get(shopId)
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new DemoToken(token, shopId, request.shopperId(), expiresAt);
	}

	@ExceptionHandler(NotADemoShopper.class)
	ProblemDetail notADemoShopper(NotADemoShopper ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setProperty("demoShoppers",
				this.settings.shops().stream().flatMap((shop) -> shop.shoppers().stream()).toList());
		return problem;
	}

	private static byte[] demoShopSecret(String shopId, ShopperTokenSettings tokenSettings) {
		return tokenSettings.shops()
			.stream()
			.filter((shop) -> shop.id().equals(shopId) && shop.hmacSecret() != null && !shop.hmacSecret().isBlank())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo mode needs shop '" + shopId
					+ "' configured with an hmac-secret under kefu.security.shopper-tokens.shops"))
			.hmacSecret()
			.getBytes(StandardCharsets.UTF_8);
	}

	record DemoShopView(String id, Texts name, List<String> shoppers) {
	}

	record DemoTokenRequest(@NotBlank String shopperId, String shopId) {
	}

	record DemoToken(String token, String shopId, String shopperId, Instant expiresAt) {
	}

	static class NotADemoShopper extends RuntimeException {

		NotADemoShopper(String shopperId) {
			super("'" + shopperId + "' is not a demo shopper.");
		}

	}

}
