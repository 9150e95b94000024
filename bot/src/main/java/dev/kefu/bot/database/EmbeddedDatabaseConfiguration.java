package dev.kefu.bot.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and points the application's data source at it, when no
 * external database is configured. With {@code spring.datasource.url} set, Spring Boot's
 * own data source configuration applies instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseSettings settings) {
		return settings.sharedPerJvm() ? EmbeddedPostgresServer.sharedPerJvm()
				: EmbeddedPostgresServer.startPersistent(settings.dataDirectory(), settings.port());
	}

	/**
	 * Hikari pool on the embedded server; {@code spring.datasource.hikari.*} still tunes
	 * it.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("kefu-embedded");
		return dataSource;
	}

}
