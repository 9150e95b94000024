package dev.kefu.integrations.inventory.http;

import dev.kefu.integrations.http.Upstreams;
import dev.kefu.returns.inventory.Inventory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Selects the HTTP inventory adapter ({@code kefu.integrations.inventory.adapter=http}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.inventory.adapter", havingValue = "http")
public class HttpInventoryConfiguration {

	@Bean
	Inventory httpInventory(Upstreams upstreams) {
		return new HttpInventory(upstreams.get("inventory"));
	}

}
