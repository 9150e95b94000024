package dev.kefu.bot.chat;

import java.util.function.Supplier;

import org.springframework.lang.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.NativeMessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Answers a frame that the STOMP rules deny, or that is malformed (a content-length that
 * is not a length: the decoder would silently read up to the next NUL instead), with an
 * ERROR frame that says why, and drops it.
 * <p>
 * The inbound channel preserves each session's order, and in that mode a failure inside
 * the channel is only logged, never reported to the client; a denied frame would vanish
 * silently. So the rules are evaluated here first, and a denial is told to the client
 * directly. Spring Security's own interceptor still runs after this one on what is
 * allowed.
 */
final class DeniedFrameReplies implements ChannelInterceptor {

	private final AuthorizationManager<Message<?>> rules;

	private final Supplier<MessageChannel> clientOutbound;

	private final ChatErrorFrames errorFrames;

	DeniedFrameReplies(AuthorizationManager<Message<?>> rules, Supplier<MessageChannel> clientOutbound,
			ChatErrorFrames errorFrames) {
		this.rules = rules;
		this.clientOutbound = clientOutbound;
		this.errorFrames = errorFrames;
	}

	@Override
	@Nullable
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		String contentLength = NativeMessageHeaderAccessor.getFirstNativeHeader("content-length", message.getHeaders());
		if (contentLength != null && !contentLength.matches("[0-9]{1,9}")) {
			return refuse(message, new MalformedFrame("content-length must be a length in bytes, not '"
					+ contentLength.substring(0, Math.min(contentLength.length(), 20)) + "'."));
		}
		Authentication user = (SimpMessageHeaderAccessor.getUser(message.getHeaders()) instanceof Authentication a) ? a
				: null;
		AuthorizationDecision decision = this.rules.check(() -> user, message);
		if (decision == null || decision.isGranted()) {
			return message;
		}
		return refuse(message, new AccessDeniedException("Access denied"));
	}

	@SuppressWarnings("unchecked")
	private Message<?> refuse(Message<?> message, Exception why) {
		Message<byte[]> error = this.errorFrames.handleClientMessageProcessingError((Message<byte[]>) message, why);
		StompHeaderAccessor headers = StompHeaderAccessor.wrap(error);
		headers.setSessionId(SimpMessageHeaderAccessor.getSessionId(message.getHeaders()));
		this.clientOutbound.get().send(MessageBuilder.createMessage(error.getPayload(), headers.getMessageHeaders()));
		return null;
	}

}
