package dev.kefu.bot.chat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.core.MessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.OrderedMessageChannelDecorator;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.simp.user.UserDestinationResolver;
import org.springframework.messaging.simp.user.UserDestinationResult;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Delivers a message for a user to every one of their sessions, in order, with both
 * receive and publish order preserved.
 * <p>
 * Spring Framework's handler (6.2) sends the one message to each session's ordered
 * channel in turn; after the first send the message is immutable, the template copies it
 * with immutable headers, and {@code OrderedMessageChannelDecorator} then fails with
 * "Expected mutable SimpMessageHeaderAccessor": a user with a phone and a laptop got each
 * push on one of them (docs/adr/0008). Here a message that resolves to several sessions
 * is sent as one fresh message per session, through an ordered channel per session as the
 * framework does; a message for one session, and everything else, goes the framework's
 * way.
 */
class EverySessionUserDestinations extends UserDestinationMessageHandler {

	// Spring's ordered channel logs through commons-logging, the one place Kefu hands it
	// a log.
	private static final Log logger = LogFactory.getLog(EverySessionUserDestinations.class);

	private static final List<String> NOT_COPIED = List.of("subscription", "message-id");

	private final MessageChannel brokerChannel;

	private final boolean ordered;

	private final Map<String, MessageSendingOperations<String>> perSession = new ConcurrentHashMap<>();

	EverySessionUserDestinations(SubscribableChannel clientInboundChannel, SubscribableChannel brokerChannel,
			UserDestinationResolver resolver) {
		super(clientInboundChannel, brokerChannel, resolver);
		this.brokerChannel = brokerChannel;
		this.ordered = OrderedMessageChannelDecorator.supportsOrderedMessages(clientInboundChannel);
	}

	@Override
	public void handleMessage(Message<?> message) throws MessagingException {
		if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.DISCONNECT) {
			String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
			if (session != null) {
				this.perSession.remove(session);
			}
			super.handleMessage(message);
			return;
		}
		Message<?> addressed = unwrapBroadcast(message);
		if (addressed == null) {
			return;
		}
		UserDestinationResult result = (SimpMessageHeaderAccessor
			.getMessageType(addressed.getHeaders()) == SimpMessageType.MESSAGE)
					? getUserDestinationResolver().resolveDestination(addressed) : null;
		if (result == null || result.getTargetDestinations().isEmpty()) {
			// Not a user destination, a subscription, or a user this node cannot resolve
			// (the framework broadcasts it to the other nodes).
			super.handleMessage(addressed);
			return;
		}
		Iterator<String> sessions = result.getSessionIds().iterator();
		for (String target : result.getTargetDestinations()) {
			String session = sessions.hasNext() ? sessions.next() : null;
			SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(addressed);
			if (getHeaderInitializer() != null) {
				getHeaderInitializer().initHeaders(headers);
			}
			headers.setNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION, result.getSubscribeDestination());
			headers.setLeaveMutable(true);
			template(session).send(target,
					MessageBuilder.createMessage(addressed.getPayload(), headers.getMessageHeaders()));
		}
	}

	private MessageSendingOperations<String> template(String session) {
		if (!this.ordered || session == null) {
			return new SimpMessagingTemplate(this.brokerChannel);
		}
		return this.perSession.computeIfAbsent(session,
				(id) -> new SimpMessagingTemplate(new OrderedMessageChannelDecorator(this.brokerChannel, logger)));
	}

	/**
	 * A message another node could not deliver arrives wrapped, addressed to the
	 * broadcast topic; unwrapped as the framework does, so that it too reaches every
	 * session.
	 * @return the message for its user, or {@code null} for this node's own broadcast
	 */
	private Message<?> unwrapBroadcast(Message<?> message) {
		String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
		if (getBroadcastDestination() == null || !getBroadcastDestination().equals(destination)) {
			return message;
		}
		SimpMessageHeaderAccessor wrapped = SimpMessageHeaderAccessor.wrap(message);
		if (wrapped.getSessionId() == null) {
			return null;
		}
		SimpMessageHeaderAccessor unwrapped = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		wrapped.toNativeHeaderMap().forEach((name, values) -> {
			if (!NOT_COPIED.contains(name)) {
				unwrapped.setNativeHeader(name, wrapped.getFirstNativeHeader(name));
			}
		});
		unwrapped.setDestination(wrapped.getFirstNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION));
		unwrapped.setHeader(SimpMessageHeaderAccessor.IGNORE_ERROR, true);
		unwrapped.setLeaveMutable(true);
		return MessageBuilder.createMessage(message.getPayload(), unwrapped.getMessageHeaders());
	}

}
