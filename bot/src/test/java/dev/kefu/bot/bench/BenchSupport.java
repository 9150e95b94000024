package dev.kefu.bot.bench;

/**
 * What the chat benchmarks share: starting a shopper's conversation over the REST API,
 * opening their STOMP session, and reading a quantile off sorted nanosecond timings.
 */
final class BenchSupport {

	private BenchSupport() {
	}

	static String conversation(int port, String token) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/shopper/conversations"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("id").asText();
	}

	static org.springframework.messaging.simp.stomp.StompSession shopperSession(
			org.springframework.web.socket.messaging.WebSocketStompClient client, int port, String token)
			throws Exception {
		return client.connectAsync("ws://localhost:" + port + "/ws/chat?access_token=" + token,
				new org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter() {
				})
			.get(30, java.util.concurrent.TimeUnit.SECONDS);
	}

	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
