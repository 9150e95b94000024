package dev.kefu.bot.escalation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-shop facts escalation needs: for now from the application's settings, the same
 * for every shop. A shop settings store replaces these two beans with its own
 * implementations of {@link ShopHours} and {@link EscalationTargets}.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	ShopHours shopHours(EscalationSettings settings) {
		return new SettingsShopHours(settings.hours());
	}

	@Bean
	EscalationTargets escalationTargets(EscalationSettings settings) {
		return new SettingsEscalationTargets(settings);
	}

}
