package dev.kefu.integrations.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook call comes from the shop and is fresh: the signature is
 * HMAC-SHA256 with the shop's secret over {@code timestamp + "." + body}, sent as
 * {@code sha256=<hex>}, and the timestamp (Unix seconds) is within the tolerance of now.
 * Signing the timestamp with the body means an old call cannot be replayed with a new
 * timestamp; the event-id record catches replays inside the window.
 */
public class WebhookVerifier {

	private final Map<String, WebhookSettings.Shop> shops;

	private final Duration tolerance;

	private final Clock clock;

	public WebhookVerifier(WebhookSettings settings, Clock clock) {
		this.shops = settings.shops()
			.stream()
			.collect(Collectors.toUnmodifiableMap(WebhookSettings.Shop::id, Function.identity()));
		this.tolerance = settings.tolerance();
		this.clock = clock;
	}

	/**
	 * Verifies a call.
	 * @param shopId the shop it claims to come from
	 * @param timestamp the timestamp header (Unix seconds)
	 * @param signature the signature header ({@code sha256=<hex>})
	 * @param body the raw body
	 * @throws WebhookRejected if the call is not the shop's or not fresh
	 */
	public void verify(String shopId, String timestamp, String signature, byte[] body) {
		WebhookSettings.Shop shop = (shopId != null) ? this.shops.get(shopId) : null;
		if (shop == null) {
			throw new WebhookRejected(WebhookRejected.Reason.UNKNOWN_SHOP,
					"No webhook secret for shop " + shopId + ".");
		}
		if (signature == null || signature.isBlank()) {
			throw new WebhookRejected(WebhookRejected.Reason.BAD_SIGNATURE,
					"The call is not signed (X-Kefu-Signature: sha256=<hex>).");
		}
		Instant sent;
		try {
			sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
		}
		catch (RuntimeException ex) {
			throw new WebhookRejected(WebhookRejected.Reason.STALE, "The timestamp header must be Unix seconds.");
		}
		if (Duration.between(sent, this.clock.instant()).abs().compareTo(this.tolerance) > 0) {
			throw new WebhookRejected(WebhookRejected.Reason.STALE,
					"The call's timestamp is more than " + this.tolerance.toSeconds() + " s from now.");
		}
		byte[] expected = sign(shop.secret(), timestamp, body);
		byte[] given = parse(signature);
		if (given == null || !MessageDigest.isEqual(expected, given)) {
			throw new WebhookRejected(WebhookRejected.Reason.BAD_SIGNATURE, "The signature does not match.");
		}
	}

	/**
	 * The signature a sender puts on a call.
	 * @param secret the shop's secret
	 * @param timestamp seconds since the Unix epoch, as sent
	 * @param body the raw body
	 * @return {@code sha256=<hex>}
	 */
	public static String signature(String secret, String timestamp, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(sign(secret, timestamp, body));
	}

	private static byte[] sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) '.');
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static byte[] parse(String signature) {
		if (signature == null || !signature.startsWith("sha256=")) {
			return null;
		}
		try {
			return HexFormat.of().parseHex(signature.substring("sha256=".length()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
