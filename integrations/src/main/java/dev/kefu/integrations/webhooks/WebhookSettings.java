package dev.kefu.integrations.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the webhooks and how fresh a call must be.
 *
 * @param shops each shop's id and the secret it signs with
 * @param tolerance how far a call's timestamp may be from now, either way
 */
@ConfigurationProperties("kefu.integrations.webhooks")
public record WebhookSettings(@DefaultValue List<Shop> shops, @DefaultValue("5m") Duration tolerance) {

	/**
	 * A shop's webhook secret.
	 *
	 * @param id the shop
	 * @param secret the HMAC-SHA256 key, at least 32 characters
	 */
	public record Shop(String id, String secret) {

		public Shop {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("kefu.integrations.webhooks.shops[].id is required");
			}
			if (secret == null || secret.length() < 32) {
				throw new IllegalArgumentException(
						"kefu.integrations.webhooks.shops[].secret of shop " + id + " must be at least 32 characters");
			}
		}

	}

}
