package dev.kefu.bot.escalation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.StompFrames;

import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * An agent's console socket (a real STOMP session over a real WebSocket, authenticated as
 * the staff member), collecting the queue's events and the agent's own conversation
 * events.
 */
public final class StompConsole implements AutoCloseable {

	public final List<Map<String, Object>> queueEvents = new CopyOnWriteArrayList<>();

	public final List<Map<String, Object>> myEvents = new CopyOnWriteArrayList<>();

	private final StompSession session;

	private StompConsole(StompSession session) {
		this.session = session;
	}

	/** Connects a console listening to the demo shop's queue. */
	public static StompConsole connect(int port, String username, String password) throws Exception {
		return connect(port, username, password, "demo-shop");
	}

	/**
	 * Connects a console listening to the queue of a shop.
	 * @param shop the shop whose queue topic it subscribes to
	 */
	public static StompConsole connect(int port, String username, String password, String shop) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new MappingJackson2MessageConverter());
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.add("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		StompSession session = client
			.connectAsync("ws://localhost:" + port + "/ws/console", handshake, new StompSessionHandlerAdapter() {
				@Override
				public void handleException(StompSession session, StompCommand command, StompHeaders headers,
						byte[] payload, Throwable exception) {
					System.err.println(
							"console frame failed: " + headers + " " + new String(payload, StandardCharsets.UTF_8));
					exception.printStackTrace();
				}
			})
			.get(10, TimeUnit.SECONDS);
		StompConsole console = new StompConsole(session);
		session.subscribe("/topic/console/queue/" + shop, console.collector(console.queueEvents));
		session.subscribe("/user/queue/console", console.collector(console.myEvents));
		// SUBSCRIBE frames get no receipt from the simple broker; give them a moment to
		// be registered before the test expects anything on them.
		Thread.sleep(200);
		return console;
	}

	@SuppressWarnings("unchecked")
	public boolean queued(String type, String conversationId) {
		return this.queueEvents.stream()
			.anyMatch((e) -> type.equals(e.get("type"))
					&& conversationId.equals(((Map<String, Object>) e.get("escalation")).get("conversationId")));
	}

	/**
	 * Whether the socket is still open: a refused subscription closes it.
	 * @return {@code true} while connected
	 */
	public boolean isConnected() {
		return this.session.isConnected();
	}

	private StompFrameHandler collector(List<Map<String, Object>> into) {
		return StompFrames.asMaps(into::add);
	}

	@Override
	public void close() {
		if (this.session.isConnected()) {
			this.session.disconnect();
		}
	}

}
