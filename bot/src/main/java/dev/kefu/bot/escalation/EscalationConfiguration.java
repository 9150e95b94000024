package dev.kefu.bot.escalation;

import dev.kefu.bot.shops.Shops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-shop facts escalation needs, from each shop's settings: when its people are at
 * work and how soon they should answer.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	ShopHours shopHours(Shops shops) {
		return new ShopSettingsHours(shops);
	}

	@Bean
	EscalationTargets escalationTargets(Shops shops, EscalationSettings settings) {
		return new ShopSettingsTargets(shops, settings);
	}

}
