package dev.kefu.bot.security.regression;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message rate limit holds under concurrency: 100 concurrent REST messages from one
 * shopper stored 22 to 30 against a limit of 20 a minute (a count, then an insert). Now
 * exactly 20 are stored and the rest get 429.
 */
@KefuIntegrationTest
class RateLimitRegressionTests {

	private static final int CONVERSATIONS = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesExactlyTheLimitOfAHundredConcurrentMessages() {
		String shopper = "burst-" + UUID.randomUUID().toString().substring(0, 8);
		String token = ShopperTokens.demoShopper(shopper);
		HttpApi api = new HttpApi(this.port);
		List<String> conversations = new ArrayList<>();
		for (int i = 0; i < CONVERSATIONS; i++) {
			conversations.add(api.post("/api/shopper/conversations", "{}", bearer(token)).json().at("/id").asText());
		}
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			requests.add(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/shopper/conversations/"
						+ conversations.get(i % CONVERSATIONS) + "/messages"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"clientMessageId\": \"burst-%d\", \"text\": \"在吗 %d\"}".formatted(i, i)))
				.build());
		}
		List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
			.map((request) -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
			.toList();
		List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
		assertThat(statuses).filteredOn((s) -> s == 200).hasSize(20);
		assertThat(statuses).filteredOn((s) -> s == 429).hasSize(80);
		long stored = this.jdbc.sql("""
				select count(*) from messages m join conversations c on c.id = m.conversation_id
				where c.shop_id = 'demo-shop' and c.shopper_id = ? and m.sender = 'SHOPPER'
				""").param(shopper).query(Long.class).single();
		assertThat(stored).isEqualTo(20);
	}

}
