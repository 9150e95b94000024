package dev.kefu.bot.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored photo.
 *
 * @param id its id, referenced by messages
 * @param conversationId the conversation it was sent in
 * @param contentType its image type, as its bytes say
 * @param sizeBytes its size
 * @param sha256 its SHA-256, hex
 * @param createdAt when it was stored
 */
public record Attachment(UUID id, UUID conversationId, String contentType, int sizeBytes, String sha256,
		Instant createdAt) {
}
