package dev.kefu.integrations.orders.local;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Loads the demo orders into the local orders tables at start. Demo data is not a Flyway
 * migration so that a database can move from demo to production use without its migration
 * history naming data that production does not have; the script only inserts what is
 * missing.
 */
class LocalDemoOrdersLoader implements ApplicationRunner {

	private final DataSource dataSource;

	LocalDemoOrdersLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		new ResourceDatabasePopulator(new ClassPathResource("demo/local-demo-orders.sql")).execute(this.dataSource);
	}

}
