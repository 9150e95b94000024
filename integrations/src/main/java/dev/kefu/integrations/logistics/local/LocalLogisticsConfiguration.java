package dev.kefu.integrations.logistics.local;

import java.time.Clock;

import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.workflow.ReturnsWorkflow;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selects the local logistics adapter, the default when no carrier is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.logistics.adapter", havingValue = "local", matchIfMissing = true)
class LocalLogisticsConfiguration {

	@Bean
	Pickups localPickups(JdbcClient jdbc, Clock clock) {
		return new LocalPickups(jdbc, clock);
	}

	@Bean
	ParcelTracking localParcelTracking(JdbcClient jdbc) {
		return new LocalParcelTracking(jdbc);
	}

	@Bean
	ReplacementShipments localReplacementShipments(JdbcClient jdbc, Clock clock) {
		return new LocalReplacementShipments(jdbc, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "kefu.integrations.logistics.local.simulate-carrier", havingValue = "true")
	LocalCarrierSimulator localCarrierSimulator(JdbcClient jdbc, ReturnsWorkflow workflow,
			LocalLogisticsSettings settings, Clock clock) {
		return new LocalCarrierSimulator(jdbc, workflow, settings, clock);
	}

}
