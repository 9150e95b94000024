package dev.kefu.bot.chat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.escalation.ConsolePush;
import dev.kefu.bot.escalation.QueueSubscriptionAccess;
import dev.kefu.bot.security.ShopperAuthentication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.messaging.access.intercept.AuthorizationChannelInterceptor;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.context.SecurityContextChannelInterceptor;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The STOMP endpoints: {@code /ws/chat} for shoppers (the handshake is authenticated by
 * the shopper chain of the security configuration, with their token) and
 * {@code /ws/console} for agents (by the staff session). Every STOMP destination is then
 * allowed explicitly, per role, and anything else is denied.
 */
@Configuration(proxyBeanMethods = false)
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

	private static final String AGENT_ROLE = "AGENT";

	/** Where the nodes tell each other which users and sessions they have. */
	static final String USER_REGISTRY_BROADCAST = "/topic/kefu.user-registry";

	private final ChatErrorFrames errorFrames = new ChatErrorFrames();

	private final ObjectProvider<MessageChannel> clientOutboundChannel;

	private final BrokerRelaySettings relay;

	private final ObjectMapper wireJson;

	ChatWebSocketConfiguration(@Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> clientOutboundChannel,
			BrokerRelaySettings relay, ObjectMapper wireJson) {
		this.clientOutboundChannel = clientOutboundChannel;
		this.relay = relay;
		this.wireJson = wireJson;
	}

	@Override
	public boolean configureMessageConverters(List<MessageConverter> converters) {
		// First, so that frames with a JSON body are read by it and not by a lenient one.
		converters.add(0, new StrictPayloads(this.wireJson));
		return false;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/ws/chat");
		// Agents' consoles: the handshake is authenticated by the staff session.
		registry.addEndpoint("/ws/console");
		// One shopper's frames are handled in the order they were sent.
		registry.setPreserveReceiveOrder(true);
		registry.setErrorHandler(this.errorFrames);
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.setApplicationDestinationPrefixes("/app");
		registry.setUserDestinationPrefix("/user");
		if (this.relay.enabled()) {
			var broker = registry.enableStompBrokerRelay("/queue", "/topic")
				.setRelayHost(this.relay.host())
				.setRelayPort(this.relay.port())
				.setClientLogin(this.relay.login())
				.setClientPasscode(this.relay.passcode())
				.setSystemLogin(this.relay.login())
				.setSystemPasscode(this.relay.passcode());
			if (this.relay.virtualHost() != null && !this.relay.virtualHost().isBlank()) {
				broker.setVirtualHost(this.relay.virtualHost());
			}
			// Each node knows only its own sessions: messages for a user it cannot
			// resolve, and each node's list of users, go through the broker to the
			// others.
			registry.configureBrokerChannel().interceptors(new RelayedHeaderCleaner());
			broker.setUserDestinationBroadcast("/topic/kefu.unresolved-user");
			broker.setUserRegistryBroadcast(USER_REGISTRY_BROADCAST);
		}
		else {
			registry.enableSimpleBroker("/queue", "/topic");
		}
		// Replies reach the client in the order they were stored.
		registry.setPreservePublishOrder(true);
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		AuthorizationManager<Message<?>> rules = MessageMatcherDelegatingAuthorizationManager.builder()
			.simpTypeMatchers(SimpMessageType.CONNECT, SimpMessageType.HEARTBEAT, SimpMessageType.UNSUBSCRIBE,
					SimpMessageType.DISCONNECT)
			.authenticated()
			.simpMessageDestMatchers("/app/conversations/*/messages", "/app/conversations/*/resume",
					"/app/conversations/*/read", "/app/conversations/*/typing")
			.hasRole(ShopperAuthentication.ROLE)
			.simpSubscribeDestMatchers("/user/queue/messages", "/user" + ShopperSockets.TYPING,
					"/user" + ShopperSockets.READ)
			.hasRole(ShopperAuthentication.ROLE)
			.simpSubscribeDestMatchers("/user/queue/errors")
			.authenticated()
			.simpSubscribeDestMatchers(QueueSubscriptionAccess.PATTERN)
			.access(new QueueSubscriptionAccess())
			.simpSubscribeDestMatchers("/user" + ConsolePush.AGENT_QUEUE)
			.hasRole(AGENT_ROLE)
			.anyMessage()
			.denyAll()
			.build();
		registration.interceptors(new SecurityContextChannelInterceptor(),
				new DeniedFrameReplies(rules, this.clientOutboundChannel::getObject, this.errorFrames),
				new AuthorizationChannelInterceptor(rules));
	}

}
