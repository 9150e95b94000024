package dev.kefu.integrations.orders.http;

import dev.kefu.integrations.http.Upstreams;
import dev.kefu.returns.orders.ShopOrders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Selects the HTTP orders adapter ({@code kefu.integrations.orders.adapter=http}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.orders.adapter", havingValue = "http")
public class HttpOrdersConfiguration {

	@Bean
	ShopOrders httpShopOrders(Upstreams upstreams) {
		return new HttpShopOrders(upstreams.get("orders"));
	}

}
