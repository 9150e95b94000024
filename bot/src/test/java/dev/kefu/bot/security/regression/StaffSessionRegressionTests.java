package dev.kefu.bot.security.regression;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff session lasts only while its account is as it was at login: after an admin
 * disabled {@code agent}, the session it already had still read escalations and approved
 * an 800 CNY return. Disabling an account, changing its roles or its password now ends
 * its sessions at once, and closes its console sockets.
 */
@KefuIntegrationTest
class StaffSessionRegressionTests {

	private static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi admin;

	String username;

	@BeforeEach
	void anAgentOfItsOwn() {
		this.admin = new HttpApi(this.port);
		this.username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
		HttpApi.Response created = this.admin.post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "roles": ["AGENT", "OPS"]}
				""".formatted(this.username, PASSWORD), adminAuth());
		assertThat(created.status()).isEqualTo(201);
	}

	@Test
	void disablingAnAccountEndsTheSessionItAlreadyHas() {
		String caseId = anExpensiveCaseUnderReview();
		HttpApi agent = loggedIn();
		assertThat(agent.get("/api/agent/escalations").status()).isEqualTo(200);
		var me = agent.get("/api/staff/me").json().at("/csrf");
		String[] csrf = { me.at("/headerName").asText(), me.at("/token").asText() };
		change("/enabled", "{\"enabled\": false}");
		HttpApi.Response after = agent.get("/api/agent/escalations");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.isProblem()).isTrue();
		HttpApi.Response approve = agent.post("/api/agent/returns/" + caseId + "/decision",
				"{\"outcome\": \"APPROVE\", \"reason\": \"ok\"}", csrf);
		assertThat(approve.status()).isIn(401, 403);
		assertThat(this.admin.get("/api/agent/returns/" + caseId, adminAuth()).json().at("/state").asText())
			.isEqualTo("UNDER_REVIEW");
		change("/enabled", "{\"enabled\": true}");
		assertThat(agent.get("/api/agent/escalations").status()).as("the old session stays over").isEqualTo(401);
	}

	@Test
	void removingARoleEndsTheSession() {
		HttpApi agent = loggedIn();
		assertThat(agent.get("/api/ops/kb/entries").status()).isEqualTo(200);
		change("/roles", "{\"roles\": [\"AGENT\"]}");
		assertThat(agent.get("/api/agent/escalations").status()).isEqualTo(401);
		HttpApi again = new HttpApi(this.port);
		again.logIn(this.username, PASSWORD);
		assertThat(again.get("/api/ops/kb/entries").status()).as("the new session has the new roles only")
			.isEqualTo(403);
	}

	@Test
	void changingThePasswordEndsTheSession() {
		HttpApi agent = loggedIn();
		change("/password", "{\"password\": \"another-long-password\"}");
		assertThat(agent.get("/api/agent/escalations").status()).isEqualTo(401);
		assertThat(new HttpApi(this.port).get("/api/agent/escalations", basic(this.username, PASSWORD)).status())
			.isEqualTo(401);
	}

	@Test
	void disablingAnAccountClosesItsConsoleSockets() throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new MappingJackson2MessageConverter());
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.add("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((this.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		StompSession console = client
			.connectAsync("ws://localhost:" + this.port + "/ws/console", handshake, new StompSessionHandlerAdapter() {
			})
			.get(10, TimeUnit.SECONDS);
		assertThat(console.isConnected()).isTrue();
		change("/enabled", "{\"enabled\": false}");
		await().atMost(Duration.ofSeconds(5)).until(() -> !console.isConnected());
	}

	private String anExpensiveCaseUnderReview() {
		String shopper = "sess-shopper-" + UUID.randomUUID().toString().substring(0, 8);
		String order = TestOrders.delivered(this.jdbc, shopper, 2,
				TestOrders.Line.of("SESS-COAT", "Wool coat", "apparel", "800.00"));
		HttpApi.Response opened = this.admin.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(order), bearer(ShopperTokens.demoShopper(shopper)));
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		return opened.json().at("/id").asText();
	}

	private HttpApi loggedIn() {
		HttpApi agent = new HttpApi(this.port);
		assertThat(agent.logIn(this.username, PASSWORD).location()).doesNotContain("error");
		return agent;
	}

	private void change(String what, String body) {
		assertThat(this.admin.put("/api/admin/staff/" + this.username + what, body, adminAuth()).status())
			.isEqualTo(200);
	}

	private static String[] adminAuth() {
		return basic("admin", "kefu-admin-demo");
	}

}
