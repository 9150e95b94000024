package dev.kefu.bot;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts a test makes for itself, so that no other test's claims, sessions or
 * failed logins are in its way.
 */
public final class TestStaff {

	private TestStaff() {
	}

	/**
	 * A new agent of the demo shop, created by the platform admin.
	 * @param port the application's port
	 * @param prefix the start of the username
	 * @param password its password (at least 12 characters)
	 * @return the username
	 */
	public static String newAgent(int port, String prefix, String password) {
		return create(port, prefix, password, "\"roles\": [\"AGENT\"]");
	}

	/**
	 * A new ops member (a lead) of the demo shop only, created by the platform admin.
	 * @param port the application's port
	 * @param prefix the start of the username
	 * @param password its password (at least 12 characters)
	 * @return the username
	 */
	public static String newOps(int port, String prefix, String password) {
		return create(port, prefix, password, "\"shops\": {\"demo-shop\": [\"OPS\"]}");
	}

	private static String create(int port, String prefix, String password, String roles) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 8);
		HttpApi.Response created = new HttpApi(port).post("/api/admin/staff", """
				{"username": "%s", "password": "%s", %s}
				""".formatted(username, password, roles), HttpApi.basic("admin", "kefu-admin-demo"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

}
