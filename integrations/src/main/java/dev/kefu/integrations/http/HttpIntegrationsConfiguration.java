package dev.kefu.integrations.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upstreams the HTTP adapters call through. Harmless when no adapter is http: an
 * upstream is only built, and its settings checked, when an adapter asks for it.
 */
@Configuration(proxyBeanMethods = false)
public class HttpIntegrationsConfiguration {

	@Bean
	Upstreams upstreams(HttpIntegrationSettings settings, ObjectProvider<MeterRegistry> meters) {
		return new Upstreams(settings, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
