package dev.kefu.bot.staff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Closes the console sockets of staff whose account changed (disabled, roles or password
 * changed): at once on this node when the change is made here, on every node within a
 * sweep interval, and a frame from such a socket is dropped as it arrives. The HTTP side
 * is {@link StaffSessionCheck}.
 */
@Component
class StaffSockets implements WebSocketMessageBrokerConfigurer {

	private static final CloseStatus ENDED = CloseStatus.POLICY_VIOLATION
		.withReason("Your staff session has ended; please sign in again.");

	private final Map<String, Open> open = new ConcurrentHashMap<>();

	private final StaffAccounts accounts;

	StaffSockets(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.addDecoratorFactory(this::tracking);
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(new ChannelInterceptor() {

			@Override
			public Message<?> preSend(Message<?> message, MessageChannel channel) {
				return stillValid(message) ? message : null;
			}

		});
	}

	@EventListener
	void changed(StaffCredentialsChanged event) {
		this.open.values().stream().filter((o) -> o.user().getUsername().equals(event.username())).forEach(this::close);
	}

	/**
	 * Closes this node's console sockets of accounts that changed on any node.
	 */
	void sweep() {
		List<Open> sockets = List.copyOf(this.open.values());
		if (sockets.isEmpty()) {
			return;
		}
		Map<String, Long> versions = this.accounts
			.activeVersions(sockets.stream().map((o) -> o.user().getUsername()).distinct().toList());
		sockets.stream().filter((o) -> !current(o.user(), versions.get(o.user().getUsername()))).forEach(this::close);
	}

	private boolean stillValid(Message<?> message) {
		if (!(SimpMessageHeaderAccessor.getUser(message.getHeaders()) instanceof Authentication authentication)
				|| !(authentication.getPrincipal() instanceof StaffUser user)) {
			return true;
		}
		if (current(user, this.accounts.activeVersion(user.getUsername()).orElse(null))) {
			return true;
		}
		Open socket = this.open.get(SimpMessageHeaderAccessor.getSessionId(message.getHeaders()));
		if (socket != null) {
			close(socket);
		}
		return false;
	}

	private static boolean current(StaffUser user, Long version) {
		return version != null && version == user.credentialsVersion();
	}

	private void close(Open socket) {
		this.open.remove(socket.session().getId());
		try {
			socket.session().close(ENDED);
		}
		catch (IOException ex) {
			// Already gone.
		}
	}

	private WebSocketHandler tracking(WebSocketHandler handler) {
		return new WebSocketHandlerDecorator(handler) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				if (session.getPrincipal() instanceof Authentication authentication
						&& authentication.getPrincipal() instanceof StaffUser user) {
					StaffSockets.this.open.put(session.getId(), new Open(session, user));
				}
				super.afterConnectionEstablished(session);
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
				StaffSockets.this.open.remove(session.getId());
				super.afterConnectionClosed(session, closeStatus);
			}

		};
	}

	private record Open(WebSocketSession session, StaffUser user) {
	}

}
