package dev.kefu.bot.conversation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachment;
import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A shopper uploads a photo to one of their conversations (then references its id in a
 * message) and reads their photos back. Another shopper's photo answers 404.
 */
@RestController
@RequestMapping("/api/shopper/conversations/{id}/attachments")
class ShopperAttachmentsController {

	private final Attachments attachments;

	ShopperAttachmentsController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> upload(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file) {
		try {
			Attachment stored = this.attachments.store(shopper, new ConversationId(id), file.getContentType(),
					file.getBytes());
			return ResponseEntity
				.created(URI.create("/api/shopper/conversations/" + id + "/attachments/" + stored.id()))
				.body(stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> read(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@PathVariable UUID attachmentId) {
		return this.attachments.read(shopper, new ConversationId(id), attachmentId)
			.map((stored) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(stored.attachment().contentType()))
				.cacheControl(CacheControl.noStore())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(stored.data()))
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no photo " + attachmentId + "."));
	}

}
