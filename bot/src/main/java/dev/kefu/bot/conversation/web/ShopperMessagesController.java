package dev.kefu.bot.conversation.web;

import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.ConversationTurns;
import dev.kefu.bot.conversation.TurnResult;
import dev.kefu.returns.orders.ShopperRef;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat for clients that cannot hold a socket: send a message and get the bot's
 * replies in the response; read the messages after a sequence number.
 */
@RestController
@RequestMapping("/api/shopper/conversations/{id}/messages")
class ShopperMessagesController {

	private final ConversationTurns turns;

	ShopperMessagesController(ConversationTurns turns) {
		this.turns = turns;
	}

	@PostMapping
	Exchange send(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@RequestBody OutgoingMessage message) {
		TurnResult result = this.turns.take(shopper, new ConversationId(id), message.clientMessageId(), message.text(),
				message.attachmentIds(), message.reply(), (stored) -> {
				});
		return new Exchange(MessageView.of(result.shopperMessage()),
				result.replies().stream().map(MessageView::of).toList(), result.resend());
	}

	@GetMapping
	List<MessageView> after(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") @Min(0) long after) {
		return this.turns.history(shopper, new ConversationId(id), after).stream().map(MessageView::of).toList();
	}

	/**
	 * A shopper's message.
	 *
	 * @param clientMessageId the client's id for it, the same on every resend
	 * @param text what they wrote
	 * @param attachmentIds photos uploaded to the conversation to send with it
	 * @param reply the value of the quick reply tapped (then the text is ignored), or
	 * {@code null}
	 */
	record OutgoingMessage(String clientMessageId, String text, List<UUID> attachmentIds, String reply) {
	}

	/**
	 * The stored message and the bot's replies.
	 *
	 * @param message the shopper's message as stored
	 * @param replies the bot's replies
	 * @param resend whether it had been received before
	 */
	record Exchange(MessageView message, List<MessageView> replies, boolean resend) {
	}

}
