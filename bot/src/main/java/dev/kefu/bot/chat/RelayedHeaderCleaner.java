package dev.kefu.bot.chat;

import java.util.List;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.NativeMessageHeaderAccessor;

/**
 * Strips the routing headers a broker adds to what it delivers before a node sends it on.
 * A message for a user connected to another node reaches that node through a broadcast
 * topic, and Spring forwards it with the broker's own headers copied; ActiveMQ Artemis
 * then reads the copied {@code destination-type:MULTICAST} as an instruction and routes
 * the shopper's queue message as a topic message, which no queue receives.
 */
final class RelayedHeaderCleaner implements ChannelInterceptor {

	private static final List<String> BROKER_ROUTING_HEADERS = List.of("destination-type", "subscription-type");

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		boolean carriesAny = BROKER_ROUTING_HEADERS.stream()
			.anyMatch((name) -> NativeMessageHeaderAccessor.getFirstNativeHeader(name, message.getHeaders()) != null);
		if (!carriesAny) {
			return message;
		}
		SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.wrap(message);
		BROKER_ROUTING_HEADERS.forEach(accessor::removeNativeHeader);
		return MessageBuilder.createMessage(message.getPayload(), accessor.getMessageHeaders());
	}

}
