package dev.kefu.integrations.orders.local;

import javax.sql.DataSource;

import dev.kefu.returns.evidence.ListingPhotos;
import dev.kefu.returns.orders.ShopOrders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selects the local orders adapter, the default when no shop order system is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.orders.adapter", havingValue = "local", matchIfMissing = true)
class LocalOrdersConfiguration {

	@Bean
	ShopOrders localShopOrders(JdbcClient jdbcClient) {
		return new LocalShopOrders(jdbcClient);
	}

	@Bean
	ListingPhotos localListingPhotos() {
		return new LocalListingPhotos();
	}

	@Bean
	@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
	LocalDemoOrdersLoader localDemoOrdersLoader(DataSource dataSource) {
		return new LocalDemoOrdersLoader(dataSource);
	}

}
