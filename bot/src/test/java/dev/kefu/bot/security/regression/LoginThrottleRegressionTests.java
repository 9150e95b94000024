package dev.kefu.bot.security.regression;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.staff.login.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff logins are throttled per account and per client address, form and Basic alike:
 * the probe tried 30 wrong admin passwords in a row without slowing down. Earlier
 * failures are written straight into the throttle's table where a test would otherwise
 * wait out the doubling delays.
 */
@KefuIntegrationTest
class LoginThrottleRegressionTests {

	private static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String username;

	String address;

	@BeforeEach
	void anAccountAndAnAddressOfItsOwn() {
		this.api = new HttpApi(this.port);
		this.username = "login-" + UUID.randomUUID().toString().substring(0, 8);
		this.address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "roles": ["AGENT"]}
				""".formatted(this.username, PASSWORD), admin()).status()).isEqualTo(201);
	}

	@Test
	void holdsBackTheSixthAttemptAfterFiveFailuresFormAndBasicAlike() {
		for (int i = 0; i < 5; i++) {
			assertThat(attempt("wrong-password-" + i).status()).isEqualTo(401);
		}
		HttpApi.Response sixth = attempt(PASSWORD);
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.isProblem()).isTrue();
		assertThat(sixth.json().at("/detail").asText()).contains("try again in 1 second");
		HttpApi.Response form = this.api.send("POST", "/login",
				HttpRequest.BodyPublishers.ofString("username=" + this.username + "&password=x"), "Content-Type",
				"application/x-www-form-urlencoded", "X-Forwarded-For", this.address);
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).contains("/login?throttled=");
		assertThat(audit()).contains("LOGIN_FAILED");
	}

	@Test
	void locksTheAccountAtTheTenthFailureUntilAnAdminUnlocksIt() {
		failuresBefore(LoginThrottle.account(this.username), 9);
		assertThat(attempt("wrong-password").status()).isEqualTo(401);
		HttpApi.Response right = attempt(PASSWORD);
		assertThat(right.status()).as("locked, even with the right password").isEqualTo(429);
		assertThat(this.api.get("/api/admin/login-locks", admin()).body())
			.contains(LoginThrottle.account(this.username));
		assertThat(audit()).contains("LOGIN_LOCKED");
		assertThat(this.api
			.send("DELETE", "/api/admin/staff/" + this.username + "/login-lock", HttpRequest.BodyPublishers.noBody(),
					admin())
			.status()).isEqualTo(204);
		assertThat(attempt(PASSWORD).status()).isEqualTo(200);
		assertThat(audit()).contains("LOGIN_UNLOCKED");
	}

	@Test
	void locksAnAddressAfterFiftyFailuresOverAllAccounts() {
		failuresBefore(LoginThrottle.address(this.address), 49);
		assertThat(attempt("wrong-password").status()).isEqualTo(401);
		assertThat(attempt(PASSWORD).status()).isEqualTo(429);
		HttpApi.Response elsewhere = this.api.get("/api/agent/escalations",
				concat(basic(this.username, PASSWORD), "X-Forwarded-For", "2001:db8::ffff:1"));
		assertThat(elsewhere.status()).as("another address may still log in").isEqualTo(200);
	}

	@Test
	void forgetsAnAccountsFailuresWhenItLogsIn() {
		for (int i = 0; i < 4; i++) {
			attempt("wrong-password-" + i);
		}
		assertThat(attempt(PASSWORD).status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(attempt("wrong-again-" + i).status()).isEqualTo(401);
		}
		assertThat(attempt(PASSWORD).status()).isEqualTo(200);
	}

	private HttpApi.Response attempt(String password) {
		return this.api.get("/api/agent/escalations",
				concat(basic(this.username, password), "X-Forwarded-For", this.address));
	}

	private void failuresBefore(String subject, int failures) {
		this.jdbc.sql("""
				insert into login_throttle (subject, failures, window_started_at, last_failure_at)
				values (?, ?, now() - interval '5 minutes', now() - interval '5 minutes')
				""").params(subject, failures).update();
	}

	private String audit() {
		return this.api.get("/api/admin/staff/audit?limit=200", admin()).body();
	}

	private static String[] admin() {
		return basic("admin", "kefu-admin-demo");
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
