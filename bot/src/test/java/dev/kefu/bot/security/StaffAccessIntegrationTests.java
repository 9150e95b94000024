package dev.kefu.bot.security;

import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@KefuIntegrationTest
@AutoConfigureObservability
// Another context on the shared database: it must leave the shared context's cases alone.
@TestPropertySource(properties = "kefu.returns.tasks.enabled=false")
class StaffAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void storesStaffPasswordsHashedNeverInClear() {
		String hash = this.jdbc.sql("select password_hash from staff_accounts where username = 'agent'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("kefu-agent-demo");
	}

	@Test
	void logsStaffInThroughTheFormAndKeepsTheSession() {
		Response login = this.api.logIn("admin", "kefu-admin-demo");
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).doesNotContain("error");
		assertThat(this.api.get("/api/admin/staff").status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongPassword() {
		Response login = this.api.logIn("admin", "wrong-password");
		assertThat(login.location()).contains("/login?error");
		assertThat(this.api.get("/api/admin/staff").status()).isEqualTo(401);
	}

	@Test
	void sendsBrowsersWithoutASessionToTheLoginPage() {
		Response page = this.api.get("/console");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void answersApiCallsWithoutCredentialsWithAProblem() {
		Response response = this.api.get("/api/admin/staff");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void keepsEachRoleToItsOwnPaths() {
		assertThat(this.api.get("/api/admin/staff", basic("agent", "kefu-agent-demo")).status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/staff", basic("ops", "kefu-ops-demo")).status()).isEqualTo(403);
		assertThat(this.api.get("/actuator/prometheus", basic("agent", "kefu-agent-demo")).status()).isEqualTo(403);
		Response forbidden = this.api.get("/api/admin/staff", basic("agent", "kefu-agent-demo"));
		assertThat(forbidden.isProblem()).isTrue();
	}

	@Test
	void refusesShopperTokensOnStaffPaths() {
		Response response = this.api.get("/api/admin/staff", bearer(ShopperTokens.demoShopper("xiaomei")));
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void letsAnAdminCreateAnAccountThatCanThenLogIn() {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = this.api.post("/api/admin/staff", """
				{"username":"%s","password":"a-long-enough-password","roles":["AGENT"]}
				""".formatted(username), basic("admin", "kefu-admin-demo"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("password");

		Response again = this.api.post("/api/admin/staff", """
				{"username":"%s","password":"a-long-enough-password","roles":["AGENT"]}
				""".formatted(username), basic("admin", "kefu-admin-demo"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();

		HttpApi newAgent = new HttpApi(this.port);
		assertThat(newAgent.logIn(username, "a-long-enough-password").location()).doesNotContain("error");

		this.api.put("/api/admin/staff/" + username + "/enabled", "{\"enabled\":false}",
				basic("admin", "kefu-admin-demo"));
		assertThat(new HttpApi(this.port).logIn(username, "a-long-enough-password").location()).contains("error");
	}

	@Test
	void namesTheFieldsOfAnInvalidAccount() {
		Response response = this.api.post("/api/admin/staff", """
				{"username":"No Spaces Allowed","password":"short","roles":[]}
				""", basic("admin", "kefu-admin-demo"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder("username",
				"password", "roles");
	}

	@Test
	void exposesHealthOpenlyAndMetricsToPlatformAdminsOnly() {
		Response health = this.api.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().at("/status").asText()).isEqualTo("UP");
		assertThat(this.api.get("/actuator/health/readiness").json().at("/status").asText()).isEqualTo("UP");
		assertThat(this.api.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/prometheus", basic("ops", "kefu-ops-demo")).status())
			.as("a shop's ops do not read every shop's metrics")
			.isEqualTo(403);
		Response metrics = this.api.get("/actuator/prometheus", basic("admin", "kefu-admin-demo"));
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

}
