package dev.kefu.bot.conversation.web;

import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.Conversation;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.web.EvidenceViews.EvidenceView;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Agents see the photos a shopper sent in a chat, where the console shows the chat, with
 * what the checks found in them: only agents of the conversation's shop (another shop's
 * conversation is unknown), and only photos stored in that conversation.
 */
@RestController
@RequestMapping("/api/agent/conversations/{conversationId}/photos")
class StaffChatPhotosController {

	private final Conversations conversations;

	private final Attachments attachments;

	private final EvidenceViews views;

	StaffChatPhotosController(Conversations conversations, Attachments attachments, EvidenceViews views) {
		this.conversations = conversations;
		this.attachments = attachments;
		this.views = views;
	}

	@GetMapping
	List<EvidenceView> list(Authentication staff, @PathVariable UUID conversationId) {
		Conversation c = find(staff, conversationId);
		return this.attachments.ofConversation(c.id())
			.stream()
			.map((a) -> this.views.of(a.id(), url(conversationId, a.id())))
			.toList();
	}

	@GetMapping("/{photoId}")
	ResponseEntity<byte[]> read(Authentication staff, @PathVariable UUID conversationId, @PathVariable UUID photoId) {
		Conversation c = find(staff, conversationId);
		return this.attachments.read(c.shopper(), c.id(), photoId)
			.map(EvidenceViews::image)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The conversation has no photo " + photoId + "."));
	}

	private static String url(UUID conversationId, UUID photo) {
		return "/api/agent/conversations/" + conversationId + "/photos/" + photo;
	}

	private Conversation find(Authentication staff, UUID id) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.AGENT);
		return this.conversations.find(new ConversationId(id))
			.filter((c) -> scope.contains(c.shopper().shopId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No conversation " + id + "."));
	}

}
