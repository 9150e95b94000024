package dev.kefu.bot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.kefu.integrations.webhooks.WebhookVerifier;

/**
 * Headers of a webhook call the demo shop's systems signed, as they would sign it.
 */
public final class SignedWebhooks {

	/** The demo shop's webhook secret, as configured in application-demo.yml. */
	public static final String DEMO_SECRET = "kefu-demo-webhook-secret-not-for-production";

	private SignedWebhooks() {
	}

	/**
	 * The headers for a body signed now by the demo shop.
	 * @param body the JSON body
	 * @return header names and values
	 */
	public static String[] demoShop(String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return new String[] { "X-Kefu-Shop", "demo-shop", "X-Kefu-Timestamp", timestamp, "X-Kefu-Signature",
				WebhookVerifier.signature(DEMO_SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)) };
	}

}
