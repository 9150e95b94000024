package dev.kefu.integrations.http;

import dev.kefu.integrations.inventory.http.HttpInventoryConfiguration;
import dev.kefu.integrations.logistics.http.HttpLogisticsConfiguration;
import dev.kefu.integrations.orders.http.HttpOrdersConfiguration;
import dev.kefu.integrations.payments.http.HttpPaymentsConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The HTTP adapters on their own (no database, no scanning), for tests that point them at
 * WireMock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpIntegrationSettings.class)
@Import({ HttpIntegrationsConfiguration.class, HttpOrdersConfiguration.class, HttpLogisticsConfiguration.class,
		HttpPaymentsConfiguration.class, HttpInventoryConfiguration.class })
class HttpAdaptersTestConfiguration {

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

}
