package dev.kefu.bot.conversation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.Channel;
import dev.kefu.bot.conversation.Conversation;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.ConversationNotFound;
import dev.kefu.bot.conversation.ConversationStatus;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shopper starts and reads their own conversations. Someone else's conversation answers
 * 404, exactly like one that does not exist, so that ids cannot be probed.
 */
@RestController
@RequestMapping("/api/shopper/conversations")
class ShopperConversationsController {

	private static final int RECENT_LIMIT = 50;

	private final Conversations conversations;

	ShopperConversationsController(Conversations conversations) {
		this.conversations = conversations;
	}

	@PostMapping
	ResponseEntity<ConversationView> start(@AuthenticationPrincipal ShopperRef shopper,
			@RequestBody(required = false) StartConversation request) {
		Channel channel = (request != null && request.channel() != null) ? request.channel() : Channel.APP;
		Conversation conversation = this.conversations.start(shopper, channel);
		return ResponseEntity.created(URI.create("/api/shopper/conversations/" + conversation.id()))
			.body(ConversationView.of(conversation));
	}

	@GetMapping
	List<ConversationView> recent(@AuthenticationPrincipal ShopperRef shopper) {
		return this.conversations.findRecentOwnedBy(shopper, RECENT_LIMIT).stream().map(ConversationView::of).toList();
	}

	@GetMapping("/{id}")
	ConversationView one(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id) {
		return this.conversations.findOwnedBy(shopper, new ConversationId(id))
			.map(ConversationView::of)
			.orElseThrow(() -> new ConversationNotFound(new ConversationId(id)));
	}

	record StartConversation(Channel channel) {
	}

	record ConversationView(UUID id, Channel channel, ConversationStatus status, Instant createdAt) {

		static ConversationView of(Conversation conversation) {
			return new ConversationView(conversation.id().value(), conversation.channel(), conversation.status(),
					conversation.createdAt());
		}

	}

}
