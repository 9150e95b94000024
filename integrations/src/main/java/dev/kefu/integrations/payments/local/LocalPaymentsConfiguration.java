package dev.kefu.integrations.payments.local;

import java.time.Clock;

import dev.kefu.returns.payments.Refunds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selects the local payments adapter, the default when no payment system is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.payments.adapter", havingValue = "local", matchIfMissing = true)
class LocalPaymentsConfiguration {

	@Bean
	Refunds localRefunds(JdbcClient jdbc, Clock clock) {
		return new LocalRefunds(jdbc, clock);
	}

}
