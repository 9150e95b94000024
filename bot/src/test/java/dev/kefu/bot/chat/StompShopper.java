package dev.kefu.bot.chat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StompFrames;

import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A shopper's real STOMP session over a real WebSocket, collecting what arrives on their
 * message and error queues.
 */
public final class StompShopper implements AutoCloseable {

	public final List<Map<String, Object>> messages = new CopyOnWriteArrayList<>();

	public final List<Map<String, Object>> errors = new CopyOnWriteArrayList<>();

	/** Typing frames ({@code /user/queue/typing}). */
	public final List<Map<String, Object>> typing = new CopyOnWriteArrayList<>();

	/** Read receipts ({@code /user/queue/read}). */
	public final List<Map<String, Object>> reads = new CopyOnWriteArrayList<>();

	private final StompSession session;

	private StompShopper(StompSession session) {
		this.session = session;
	}

	public static StompShopper connect(int port, String shopperId) throws Exception {
		return connectWithToken(port, ShopperTokens.demoShopper(shopperId));
	}

	/**
	 * A shopper of any shop, by their token.
	 * @param port the server's port
	 * @param token the shopper's token, from their shop
	 * @return the connected shopper
	 * @throws Exception when the connection fails
	 */
	public static StompShopper connectWithToken(int port, String token) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new MappingJackson2MessageConverter());
		StompSession session = client.connectAsync("ws://localhost:" + port + "/ws/chat?access_token=" + token,
				new StompSessionHandlerAdapter() {
					@Override
					public void handleException(StompSession session, StompCommand command, StompHeaders headers,
							byte[] payload, Throwable exception) {
						System.err.println("shopper frame failed: " + headers + " "
								+ new String(payload, StandardCharsets.UTF_8) + " " + exception);
					}
				})
			.get(10, TimeUnit.SECONDS);
		StompShopper shopper = new StompShopper(session);
		session.subscribe("/user/queue/messages", shopper.collector(shopper.messages));
		session.subscribe("/user/queue/errors", shopper.collector(shopper.errors));
		session.subscribe("/user/queue/typing", shopper.collector(shopper.typing));
		session.subscribe("/user/queue/read", shopper.collector(shopper.reads));
		return shopper;
	}

	public void send(String conversationId, String clientMessageId, String text) {
		this.session.send("/app/conversations/" + conversationId + "/messages",
				Map.of("clientMessageId", clientMessageId, "text", text));
	}

	/**
	 * Taps a quick reply, as the widget does: the label it showed and the value behind
	 * it.
	 * @param conversationId the conversation
	 * @param clientMessageId the client's id
	 * @param label the button's label
	 * @param value the button's value
	 */
	public void tap(String conversationId, String clientMessageId, String label, String value) {
		this.session.send("/app/conversations/" + conversationId + "/messages",
				Map.of("clientMessageId", clientMessageId, "text", label, "reply", value));
	}

	/**
	 * Subscribes to any destination (the server may refuse it with an error frame).
	 * @param destination the destination
	 * @param into where frames go
	 */
	public void subscribe(String destination, List<Map<String, Object>> into) {
		this.session.subscribe(destination, collector(into));
	}

	/**
	 * Whether the session is still open (the server closes it after an ERROR frame).
	 * @return true while connected
	 */
	public boolean isConnected() {
		return this.session.isConnected();
	}

	/**
	 * Tells the server the shopper has read up to a message, as the widget does.
	 * @param conversationId the conversation
	 * @param seq the last message shown
	 */
	public void read(String conversationId, long seq) {
		this.session.send("/app/conversations/" + conversationId + "/read", Map.of("seq", seq));
	}

	/**
	 * Tells the server the shopper is writing or has stopped, as the widget does.
	 * @param conversationId the conversation
	 * @param typing whether they are writing
	 */
	public void typing(String conversationId, boolean typing) {
		sendFrame("/app/conversations/" + conversationId + "/typing", Map.of("typing", typing));
	}

	/**
	 * Sends any body to any destination, for frames the widget would never send.
	 * @param destination the destination
	 * @param body the body, as JSON
	 */
	public void sendFrame(String destination, Object body) {
		this.session.send(destination, body);
	}

	public void resume(String conversationId, long afterSeq) {
		this.session.send("/app/conversations/" + conversationId + "/resume", Map.of("afterSeq", afterSeq));
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
