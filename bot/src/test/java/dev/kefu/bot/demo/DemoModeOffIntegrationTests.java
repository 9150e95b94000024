package dev.kefu.bot.demo;

import dev.kefu.bot.HttpApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the demo profile (as in production) no demo token can be had.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// An admin of its own: on an empty shared database this context would otherwise
		// create the demo's "admin" with this password before the demo context could.
		properties = { "kefu.returns.tasks.enabled=false", "kefu.staff.admin.username=config-admin",
				"kefu.staff.admin.password=an-admin-password-from-config" })
@ActiveProfiles("test")
class DemoModeOffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesNoDemoTokens() {
		HttpApi.Response response = new HttpApi(this.port).post("/api/demo/tokens", "{\"shopperId\":\"xiaomei\"}");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void hasAnAdminAccount() {
		assertThat(this.jdbc.sql("select count(*) from staff_accounts where 'ADMIN' = any(roles)")
			.query(Long.class)
			.single()).isPositive();
	}

}
