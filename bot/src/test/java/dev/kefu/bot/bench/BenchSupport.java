package dev.kefu.bot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * What the chat benchmarks share: starting a shopper's conversation over the REST API,
 * opening their STOMP session, and reading a quantile off sorted nanosecond timings.
 */
final class BenchSupport {

	private BenchSupport() {
	}

	static String conversation(int port, String token) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/shopper/conversations"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return new ObjectMapper().readTree(response.body()).get("id").asText();
	}

	static StompSession shopperSession(WebSocketStompClient client, int port, String token) throws Exception {
		return client.connectAsync("ws://localhost:" + port + "/ws/chat?access_token=" + token,
				new StompSessionHandlerAdapter() {
				})
			.get(30, TimeUnit.SECONDS);
	}

	static void awaitHealthy(int port) throws Exception {
		var http = HttpClient.newHttpClient();
		var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
		for (int i = 0; i < 240; i++) {
			try {
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start");
	}

	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
