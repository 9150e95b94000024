package dev.kefu.bot.chat;

import java.nio.charset.StandardCharsets;

import org.springframework.lang.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Tells a client in plain words why a frame was refused, instead of the broker's internal
 * "failed to send message to channel".
 */
class ChatErrorFrames extends StompSubProtocolErrorHandler {

	@Override
	public Message<byte[]> handleClientMessageProcessingError(@Nullable Message<byte[]> clientMessage, Throwable ex) {
		StompHeaderAccessor client = (clientMessage != null) ? StompHeaderAccessor.wrap(clientMessage) : null;
		String reason;
		if (ex instanceof MalformedFrame malformed) {
			reason = "Malformed frame: " + malformed.getMessage();
		}
		else if (causedByAccessDenied(ex)) {
			String destination = (client != null) ? client.getDestination() : null;
			reason = (destination != null) ? "Access denied: " + destination + " is not open to you."
					: "Access denied.";
		}
		else {
			return super.handleClientMessageProcessingError(clientMessage, ex);
		}
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setMessage(reason);
		error.setLeaveMutable(true);
		return handleInternal(error, reason.getBytes(StandardCharsets.UTF_8), ex, client);
	}

	private static boolean causedByAccessDenied(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AccessDeniedException) {
				return true;
			}
		}
		return false;
	}

}
