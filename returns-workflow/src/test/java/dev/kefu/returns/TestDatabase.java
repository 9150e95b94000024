package dev.kefu.returns;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The tests' PostgreSQL: the server {@code KEFU_TEST_DATABASE_URL} names, or one embedded
 * server for the whole test JVM.
 */
final class TestDatabase {

	private static EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	static synchronized DataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		String external = System.getenv("KEFU_TEST_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			dataSource.setJdbcUrl(external);
			dataSource.setUsername(System.getenv().getOrDefault("KEFU_TEST_DATABASE_USERNAME", "postgres"));
			dataSource.setPassword(System.getenv().getOrDefault("KEFU_TEST_DATABASE_PASSWORD", ""));
		}
		else {
			dataSource.setJdbcUrl(server().getJdbcUrl("postgres", "postgres"));
			dataSource.setUsername("postgres");
		}
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static EmbeddedPostgres server() {
		if (embedded == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
				if (Boolean.getBoolean("kefu.test.database.durable")) {
					// Benchmarks measure with the durability the product runs with (the
					// library's defaults turn it off for speed).
					builder.setServerConfig("fsync", "on")
						.setServerConfig("synchronous_commit", "on")
						.setServerConfig("full_page_writes", "on");
				}
				embedded = builder.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the server's directory is temporary.
				}
			}));
		}
		return embedded;
	}

}
