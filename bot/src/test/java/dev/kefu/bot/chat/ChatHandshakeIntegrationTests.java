package dev.kefu.bot.chat;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat socket with a real STOMP client: no token, no socket; a shopper token opens
 * one, on which only explicitly allowed destinations may be used.
 */
@KefuIntegrationTest
class ChatHandshakeIntegrationTests {

	@LocalServerPort
	int port;

	WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	@Test
	void refusesTheHandshakeWithoutAToken() {
		CompletableFuture<StompSession> session = this.client.connectAsync(url(""), new StompSessionHandlerAdapter() {
		});
		assertThatThrownBy(() -> session.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.rootCause()
			.hasMessageContaining("401");
	}

	@Test
	void refusesTheHandshakeWithAForgedToken() {
		String forged = ShopperTokens.sign("demo-shop", "xiaomei", Instant.now().plusSeconds(600),
				"some-other-secret-that-is-long-enough-32");
		CompletableFuture<StompSession> session = this.client.connectAsync(url("?access_token=" + forged),
				new StompSessionHandlerAdapter() {
				});
		assertThatThrownBy(() -> session.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.rootCause()
			.hasMessageContaining("401");
	}

	@Test
	void connectsAShopperAndDeniesDestinationsNotAllowedExplicitly() throws Exception {
		CompletableFuture<String> error = new CompletableFuture<>();
		StompSession session = this.client.connectAsync(url("?access_token=" + ShopperTokens.demoShopper("xiaomei")),
				new StompSessionHandlerAdapter() {
					@Override
					public void handleFrame(StompHeaders headers, Object payload) {
						error.complete(headers.getFirst("message"));
					}

					@Override
					public Type getPayloadType(StompHeaders headers) {
						return byte[].class;
					}

					@Override
					public void handleException(StompSession s, StompCommand command, StompHeaders headers,
							byte[] payload, Throwable exception) {
						error.completeExceptionally(exception);
					}
				})
			.get(10, TimeUnit.SECONDS);
		assertThat(session.isConnected()).isTrue();

		session.subscribe("/topic/everything", new StompSessionHandlerAdapter() {
		});
		assertThat(error.get(10, TimeUnit.SECONDS)).contains("Access denied").contains("/topic/everything");
	}

	private String url(String query) {
		return "ws://localhost:" + this.port + "/ws/chat" + query;
	}

}
