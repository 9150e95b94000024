package dev.kefu.bot.conversation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shoppers' photos, kept in PostgreSQL with the conversation (durable, backed up and
 * erased with it).
 */
@Repository
public class Attachments {

	/** The largest photo accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Conversations conversations;

	Attachments(JdbcClient jdbc, Conversations conversations) {
		this.jdbc = jdbc;
		this.conversations = conversations;
	}

	/**
	 * Checks and stores a photo in one of the shopper's conversations.
	 * @param shopper who sends it
	 * @param conversationId their conversation
	 * @param declaredType the content type the client declared
	 * @param bytes the file
	 * @return the stored attachment
	 * @throws ConversationNotFound if the conversation is not theirs
	 * @throws MessageRejected if the file is empty, too large, not an image, or not the
	 * type declared
	 */
	public Attachment store(ShopperRef shopper, ConversationId conversationId, String declaredType, byte[] bytes) {
		if (this.conversations.findOwnedBy(shopper, conversationId).isEmpty()) {
			throw new ConversationNotFound(conversationId);
		}
		if (bytes.length == 0 || bytes.length > MAX_BYTES) {
			throw new MessageRejected(MessageRejected.Reason.TOO_LONG, "A photo must be 1 byte to 5 MB.");
		}
		ImageType type = ImageType.of(bytes)
			.orElseThrow(() -> new MessageRejected(MessageRejected.Reason.INVALID,
					"Only JPEG, PNG and WebP photos are accepted."));
		if (declaredType != null && !declaredType.isBlank() && !declaredType.equalsIgnoreCase(type.mediaType())
				&& !"application/octet-stream".equalsIgnoreCase(declaredType)) {
			throw new MessageRejected(MessageRejected.Reason.INVALID,
					"The file is a " + type.mediaType() + ", not the declared " + declaredType + ".");
		}
		return this.jdbc.sql("""
				insert into attachments (id, conversation_id, content_type, size_bytes, sha256, data)
				values (?, ?, ?, ?, ?, ?)
				returning id, conversation_id, content_type, size_bytes, sha256, created_at
				""")
			.params(UUID.randomUUID(), conversationId.value(), type.mediaType(), bytes.length, sha256(bytes), bytes)
			.query(Attachments::map)
			.single();
	}

	/**
	 * A photo's bytes, for its owner only.
	 * @param shopper who asks
	 * @param conversationId their conversation
	 * @param attachmentId the photo
	 * @return the photo and its bytes, or empty (not theirs counts as none)
	 */
	public Optional<Stored> read(ShopperRef shopper, ConversationId conversationId, UUID attachmentId) {
		return this.jdbc.sql("""
				select a.id, a.conversation_id, a.content_type, a.size_bytes, a.sha256, a.created_at, a.data
				from attachments a join conversations c on c.id = a.conversation_id
				where a.id = ? and a.conversation_id = ? and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(attachmentId, conversationId.value(), shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new Stored(map(row, n), row.getBytes("data")))
			.optional();
	}

	/**
	 * Whether every id names a photo of this conversation.
	 * @param conversationId the conversation
	 * @param attachmentIds the ids a message references
	 * @return {@code true} when all belong to it
	 */
	boolean allBelongTo(ConversationId conversationId, List<UUID> attachmentIds) {
		if (attachmentIds.isEmpty()) {
			return true;
		}
		long found = this.jdbc.sql("select count(*) from attachments where conversation_id = ? and id = any(?)")
			.params(conversationId.value(), attachmentIds.toArray(UUID[]::new))
			.query(Long.class)
			.single();
		return found == attachmentIds.stream().distinct().count();
	}

	private static Attachment map(ResultSet row, int rowNumber) throws SQLException {
		return new Attachment(row.getObject("id", UUID.class), row.getObject("conversation_id", UUID.class),
				row.getString("content_type"), row.getInt("size_bytes"), row.getString("sha256"),
				row.getTimestamp("created_at").toInstant());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A photo with its bytes.
	 *
	 * @param attachment what is known of it
	 * @param data the file
	 */
	public record Stored(Attachment attachment, byte[] data) {
	}

}
