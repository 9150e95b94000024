package dev.kefu.bot.conversation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachment;
import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.PhotoAdvice;
import dev.kefu.bot.conversation.PhotoInspection;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
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
import org.springframework.web.bind.annotation.RequestHeader;
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

	/**
	 * Stores a photo once the checks have run; the answer says at once whether it counts
	 * as evidence and, if not, asks for a clearer one in the shopper's language.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadView> upload(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		try {
			Attachments.Uploaded uploaded = this.attachments.store(shopper, new ConversationId(id),
					file.getContentType(), file.getBytes());
			Attachment stored = uploaded.attachment();
			return ResponseEntity
				.created(URI.create("/api/shopper/conversations/" + id + "/attachments/" + stored.id()))
				.body(UploadView.of(uploaded, language(acceptLanguage)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static QueryText language(String acceptLanguage) {
		String tag = (acceptLanguage != null) ? acceptLanguage.strip().toLowerCase(Locale.ROOT) : "";
		if (tag.startsWith("en")) {
			return new QueryText("", "", Language.EN, null);
		}
		boolean traditional = tag.startsWith("zh-hant") || tag.startsWith("zh-tw") || tag.startsWith("zh-hk")
				|| tag.startsWith("zh-mo");
		return new QueryText("", "", Language.ZH, traditional ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED);
	}

	/**
	 * A stored photo and what the checks found.
	 *
	 * @param id the photo's id, for messages and return requests
	 * @param conversationId its conversation
	 * @param contentType its type, by its bytes
	 * @param sizeBytes its size
	 * @param sha256 its digest
	 * @param createdAt when it was stored
	 * @param check what the checks found, or {@code null} when the shop has them off
	 */
	record UploadView(UUID id, UUID conversationId, String contentType, int sizeBytes, String sha256, Instant createdAt,
			CheckView check) {

		static UploadView of(Attachments.Uploaded uploaded, QueryText language) {
			Attachment a = uploaded.attachment();
			PhotoInspection inspection = uploaded.inspection();
			CheckView check = (inspection != null) ? new CheckView(inspection.usable(),
					inspection.problems().stream().map(Enum::name).sorted().toList(),
					inspection.usable() ? null : PhotoAdvice.retake(inspection.problems(), language)) : null;
			return new UploadView(a.id(), a.conversationId(), a.contentType(), a.sizeBytes(), a.sha256(), a.createdAt(),
					check);
		}

	}

	/**
	 * What the photo check found.
	 *
	 * @param usable whether the photo counts as evidence
	 * @param problems codes of what was wrong ({@code TOO_SMALL}, {@code BLURRED},
	 * {@code TOO_DARK}, {@code TOO_BRIGHT})
	 * @param advice what to tell the shopper, in their language, when it does not count
	 */
	record CheckView(boolean usable, List<String> problems, String advice) {
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
