package dev.kefu.integrations.payments.http;

import dev.kefu.integrations.http.Upstreams;
import dev.kefu.returns.payments.Refunds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Selects the HTTP payments adapter ({@code kefu.integrations.payments.adapter=http}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.payments.adapter", havingValue = "http")
public class HttpPaymentsConfiguration {

	@Bean
	Refunds httpRefunds(Upstreams upstreams) {
		return new HttpRefunds(upstreams.get("payments"));
	}

}
