package dev.kefu.bot.chat;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.ConversationNotFound;
import dev.kefu.bot.conversation.ConversationTurns;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.MessageRejected;
import dev.kefu.bot.conversation.ReadReceipts;
import dev.kefu.bot.conversation.ReadRefused;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.ShopperTypingSignals;
import dev.kefu.bot.conversation.TurnResult;
import dev.kefu.bot.conversation.web.MessageView;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.input.TextRejected;
import dev.kefu.bot.problems.JsonProblems;
import dev.kefu.bot.security.ShopperAuthentication;
import dev.kefu.returns.orders.ShopperRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.ConversionException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * The shopper's chat over STOMP. A message sent to
 * {@code /app/conversations/{id}/messages} is stored, echoed back with its sequence
 * number (the acknowledgement, carrying the client's id) and answered, all on the
 * shopper's own {@code /user/queue/messages}. A client that reconnects sends
 * {@code /app/conversations/{id}/resume} with the last sequence number it has and
 * receives everything after it, in order (and how far the agent has read). What the
 * shopper has seen goes to {@code /app/conversations/{id}/read} as {@code {"seq": N}},
 * and whether they are writing to {@code /app/conversations/{id}/typing} as
 * {@code {"typing": true}} (relayed to the agent who has the conversation, never stored).
 */
@Controller
class ChatMessagingController {

	static final String MESSAGES = ShopperSockets.MESSAGES;

	private static final Logger logger = LoggerFactory.getLogger(ChatMessagingController.class);

	private final ConversationTurns turns;

	private final SimpMessagingTemplate broker;

	private final ShopperSockets sockets;

	private final ReadReceipts reads;

	private final ShopperTypingSignals typingSignals;

	ChatMessagingController(ConversationTurns turns, SimpMessagingTemplate broker, ShopperSockets sockets,
			ReadReceipts reads, ShopperTypingSignals typingSignals) {
		this.turns = turns;
		this.typingSignals = typingSignals;
		this.reads = reads;
		this.broker = broker;
		this.sockets = sockets;
	}

	@MessageMapping("/conversations/{id}/messages")
	void send(@DestinationVariable UUID id, @Payload IncomingMessage message, Principal principal) {
		ShopperRef shopper = shopper(principal);
		boolean[] typing = { false };
		try {
			TurnResult result = this.turns.take(shopper, new ConversationId(id), message.clientMessageId(),
					message.text(), message.attachmentIds(), message.reply(), (stored) -> {
						push(principal, stored);
						// The bot writes from the acknowledgement to its answer.
						this.sockets.typing(shopper, id, Sender.BOT, true);
						typing[0] = true;
					});
			result.replies().forEach((reply) -> push(principal, reply));
		}
		finally {
			if (typing[0]) {
				this.sockets.typing(shopper, id, Sender.BOT, false);
			}
		}
	}

	@MessageMapping("/conversations/{id}/resume")
	void resume(@DestinationVariable UUID id, @Payload Resume resume, Principal principal) {
		this.turns.history(shopper(principal), new ConversationId(id), resume.afterSeq())
			.forEach((message) -> push(principal, message));
		long agentRead = this.reads.positions(new ConversationId(id)).agentReadSeq();
		if (agentRead > 0) {
			this.sockets.read(shopper(principal), id, Sender.AGENT, agentRead);
		}
	}

	@MessageMapping("/conversations/{id}/read")
	void read(@DestinationVariable UUID id, @Payload Read read, Principal principal) {
		if (read.seq() == null) {
			throw new ReadRefused("seq is required.");
		}
		this.reads.shopperRead(shopper(principal), new ConversationId(id), read.seq());
	}

	@MessageMapping("/conversations/{id}/typing")
	void typing(@DestinationVariable UUID id, @Payload Typing typing, Principal principal) {
		if (typing.typing() == null) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, "typing is required: true or false.");
		}
		this.typingSignals.typing(shopper(principal), new ConversationId(id), typing.typing());
	}

	@MessageExceptionHandler
	@SendToUser(destinations = "/queue/errors", broadcast = false)
	ChatError refused(Exception ex, @Header(name = "simpDestination", required = false) String destination) {
		if (ex instanceof ConversationNotFound notFound) {
			return new ChatError("NOT_FOUND", notFound.getMessage(), null);
		}
		if (ex instanceof ReadRefused refused) {
			return new ChatError("INVALID", refused.getMessage(), null);
		}
		if (ex instanceof MessageRejected rejected) {
			return new ChatError(rejected.reason().name(), rejected.getMessage(), null);
		}
		if (ex instanceof MessageConversionException conversion) {
			return refusedBody(conversion);
		}
		if (ex instanceof MethodArgumentNotValidException) {
			// An empty body: no payload to read.
			return new ChatError("INVALID", "The frame has no body: JSON is expected.", null);
		}
		if (ex instanceof MethodArgumentTypeMismatchException || ex instanceof ConversionException) {
			return new ChatError("INVALID", "The destination names no conversation: conversations are named by a UUID.",
					null);
		}
		logger.error("Could not handle a chat frame to {}", destination, ex);
		return new ChatError("ERROR", "The message could not be handled; please try again.", null);
	}

	private static ChatError refusedBody(MessageConversionException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TextRejected rejected) {
				return new ChatError("INVALID_TEXT", rejected.getMessage(), null);
			}
			if (cause instanceof JsonMappingException mapping) {
				String detail = JsonProblems.describe(mapping, "The frame's body");
				return new ChatError((detail.contains("control character") || detail.contains("surrogate"))
						? "INVALID_TEXT" : "INVALID", detail, null);
			}
		}
		return new ChatError("INVALID", "The frame's body is not the expected JSON.", null);
	}

	private void push(Principal principal, Message message) {
		this.broker.convertAndSendToUser(principal.getName(), MESSAGES, MessageView.of(message));
	}

	private static ShopperRef shopper(Principal principal) {
		return ((ShopperAuthentication) principal).getPrincipal();
	}

	/**
	 * A shopper's message.
	 *
	 * @param clientMessageId the client's id for it, the same on every resend
	 * @param text what they wrote
	 * @param attachmentIds photos uploaded to the conversation to send with it
	 * @param reply the value of the quick reply tapped (then the text is ignored: the
	 * button's label is stored as what the shopper sent), or {@code null}
	 */
	record IncomingMessage(String clientMessageId, String text, List<UUID> attachmentIds, String reply) {
	}

	/**
	 * A reconnecting client's position.
	 *
	 * @param afterSeq the last sequence number it has
	 */
	record Resume(long afterSeq) {
	}

	/**
	 * How far the shopper has read.
	 *
	 * @param seq the sequence number of the last message shown to them
	 */
	record Read(Long seq) {
	}

	/**
	 * Whether the shopper is writing.
	 *
	 * @param typing true while they type, false once the box is empty or sent
	 */
	record Typing(Boolean typing) {
	}

}
