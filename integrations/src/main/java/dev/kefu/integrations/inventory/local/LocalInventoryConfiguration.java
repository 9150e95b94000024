package dev.kefu.integrations.inventory.local;

import java.time.Clock;

import dev.kefu.returns.inventory.Inventory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Selects the local inventory adapter, the default when no inventory system is
 * configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.inventory.adapter", havingValue = "local", matchIfMissing = true)
class LocalInventoryConfiguration {

	@Bean
	Inventory localInventory(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new LocalInventory(jdbc, transactions, clock);
	}

}
