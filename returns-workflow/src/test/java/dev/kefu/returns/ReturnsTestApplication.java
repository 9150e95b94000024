package dev.kefu.returns;

import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The returns module on its own: its configuration, a real PostgreSQL, a clock tests move
 * and the shop's systems as test doubles.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReturnsTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-11-02T02:00:00Z"));
	}

	@Bean
	ShopSystems shopSystems(MutableClock clock) {
		return new ShopSystems(clock);
	}

	@Bean(destroyMethod = "")
	DataSource dataSource() {
		return TestDatabase.dataSource();
	}

}
