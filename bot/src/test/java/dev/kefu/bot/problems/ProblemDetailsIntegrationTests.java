package dev.kefu.bot.problems;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear 4xx problem detail, never a 500 and never a stack trace.
 */
@KefuIntegrationTest
class ProblemDetailsIntegrationTests {

	@LocalServerPort
	int port;

	HttpApi api;

	String[] shopper;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
		this.shopper = bearer(ShopperTokens.demoShopper("problem-tester"));
	}

	@Test
	void answersMalformedJsonWithWhereItBroke() {
		Response response = this.api.post("/api/shopper/conversations", "{\"channel\": ", this.shopper);
		assertProblem(response, 400);
		assertThat(response.json().at("/detail").asText()).contains("not valid JSON");
	}

	@Test
	void namesTheFieldWithAWrongValue() {
		Response response = this.api.post("/api/shopper/conversations", "{\"channel\":\"carrier-pigeon\"}",
				this.shopper);
		assertProblem(response, 400);
		assertThat(response.json().at("/detail").asText()).contains("channel");
	}

	@Test
	void refusesADeclaredOversizedBodyBeforeReadingIt() {
		String body = "{\"channel\":\"APP\",\"padding\":\"" + "x".repeat(70_000) + "\"}";
		assertProblem(this.api.post("/api/shopper/conversations", body, this.shopper), 413);
	}

	@Test
	void refusesAnOversizedChunkedBodyWhileReadingIt() {
		byte[] body = ("{\"padding\":\"" + "y".repeat(100_000) + "\"}").getBytes();
		Response response = this.api.send("POST", "/api/shopper/conversations",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "Content-Type", "application/json",
				this.shopper[0], this.shopper[1]);
		assertProblem(response, 413);
	}

	@Test
	void answersUnknownRoutesWith404() {
		assertProblem(this.api.get("/api/shopper/no-such-thing", this.shopper), 404);
		assertProblem(this.api.get("/api/ops/no-such-thing", basic("admin", "kefu-admin-demo")), 404);
	}

	@Test
	void answersAWrongMethodWith405() {
		assertProblem(this.api.send("DELETE", "/api/shopper/orders", BodyPublishers.noBody(), this.shopper), 405);
	}

	@Test
	void answersAWrongMediaTypeWith415() {
		Response response = this.api.send("POST", "/api/shopper/conversations", BodyPublishers.ofString("channel=APP"),
				"Content-Type", "text/plain", this.shopper[0], this.shopper[1]);
		assertProblem(response, 415);
	}

	@Test
	void answersAMalformedIdWith400() {
		assertProblem(this.api.get("/api/shopper/conversations/not-a-uuid", this.shopper), 400);
		assertProblem(this.api.get("/api/shopper/orders/%3Cscript%3E", this.shopper), 400);
	}

	@Test
	void answersAnEmptyDemoTokenRequestByNamingTheField() {
		Response response = this.api.post("/api/demo/tokens", "{}");
		assertProblem(response, 400);
		assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("shopperId");
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().at("/status").asInt()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.kefu");
	}

}
