package dev.kefu.integrations.webhooks;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the webhook checks.
 */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

	@Bean
	WebhookVerifier webhookVerifier(WebhookSettings settings, Clock clock) {
		return new WebhookVerifier(settings, clock);
	}

	@Bean
	WebhookEvents webhookEvents(JdbcClient jdbc, Clock clock) {
		return new WebhookEvents(jdbc, clock);
	}

}
