package dev.kefu.bot.chat;

import java.lang.reflect.Type;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.websocket.servlet.WebSocketMessagingAutoConfiguration;
import org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The smallest reproducer of the framework behaviour behind docs/adr/0008: plain Spring
 * STOMP, nothing of Kefu, a user with two sessions and both orders preserved. With the
 * framework's user-destination handler one session misses every push; with Kefu's
 * {@link EverySessionUserDestinations} both get all of them. When the first test starts
 * failing, the framework has been fixed and the workaround can go.
 */
class SeveralSessionsReproducerTests {

	private static final int PUSHES = 5;

	@Test
	void theFrameworksHandlerDeliversToOneSessionOnly() throws Exception {
		List<List<String>> received = pushToTwoSessions(StockBroker.class);
		assertThat(received).as("one of the two sessions gets nothing").anySatisfy((one) -> assertThat(one).isEmpty());
	}

	@Test
	void kefusHandlerDeliversEveryPushToEverySessionInOrder() throws Exception {
		List<List<String>> received = pushToTwoSessions(KefuBroker.class);
		assertThat(received).allSatisfy((one) -> assertThat(one).containsExactly("1", "2", "3", "4", "5"));
	}

	private static List<List<String>> pushToTwoSessions(Class<?> broker) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(broker).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			List<String> first = new CopyOnWriteArrayList<>();
			List<String> second = new CopyOnWriteArrayList<>();
			StompSession one = connect(port, first);
			StompSession two = connect(port, second);
			SimpMessagingTemplate template = app.getBean(SimpMessagingTemplate.class);
			for (int i = 1; i <= PUSHES; i++) {
				template.convertAndSendToUser("u", "/queue/x", String.valueOf(i));
			}
			await().pollDelay(Duration.ofMillis(500))
				.atMost(Duration.ofSeconds(5))
				.until(() -> first.size() + second.size() >= PUSHES);
			// Whatever else is coming arrives meanwhile.
			Thread.sleep(300);
			one.disconnect();
			two.disconnect();
			return List.of(List.copyOf(first), List.copyOf(second));
		}
	}

	private static StompSession connect(int port, List<String> into) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new StringMessageConverter());
		StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", new StompSessionHandlerAdapter() {
		}).get(5, TimeUnit.SECONDS);
		session.subscribe("/user/queue/x", new StompFrameHandler() {

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				into.add((String) payload);
			}

		});
		// The simple broker sends no receipt for SUBSCRIBE.
		Thread.sleep(200);
		return session;
	}

	/**
	 * One endpoint, every connection the user "u", both orders preserved.
	 */
	static class Endpoint implements WebSocketMessageBrokerConfigurer {

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/ws").setHandshakeHandler(new DefaultHandshakeHandler() {

				@Override
				protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
						Map<String, Object> attributes) {
					return () -> "u";
				}

			});
			registry.setPreserveReceiveOrder(true);
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			registry.enableSimpleBroker("/queue");
			registry.setPreservePublishOrder(true);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebSocketServletAutoConfiguration.class, WebSocketMessagingAutoConfiguration.class,
			JacksonAutoConfiguration.class })
	@EnableWebSocketMessageBroker
	@Import(Endpoint.class)
	static class StockBroker {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebSocketServletAutoConfiguration.class, WebSocketMessagingAutoConfiguration.class,
			JacksonAutoConfiguration.class })
	@Import({ Endpoint.class, ChatBrokerConfiguration.class })
	@EnableConfigurationProperties(BrokerRelaySettings.class)
	static class KefuBroker {

	}

}
