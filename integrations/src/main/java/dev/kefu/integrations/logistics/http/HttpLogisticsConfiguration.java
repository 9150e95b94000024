package dev.kefu.integrations.logistics.http;

import dev.kefu.integrations.http.Upstreams;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Selects the HTTP logistics adapter ({@code kefu.integrations.logistics.adapter=http}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.logistics.adapter", havingValue = "http")
public class HttpLogisticsConfiguration {

	@Bean
	HttpLogistics httpLogistics(Upstreams upstreams) {
		return new HttpLogistics(upstreams.get("logistics"));
	}

}
