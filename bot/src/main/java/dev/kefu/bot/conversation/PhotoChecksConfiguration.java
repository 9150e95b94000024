package dev.kefu.bot.conversation;

import dev.kefu.returns.evidence.checks.PhotoCheckSettings;
import dev.kefu.returns.evidence.checks.PhotoChecks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The offline photo checks, with the limits chosen on the generated set.
 */
@Configuration(proxyBeanMethods = false)
class PhotoChecksConfiguration {

	@Bean
	PhotoChecks photoChecks() {
		return new PhotoChecks(PhotoCheckSettings.defaults());
	}

}
