package dev.kefu.bot.conversation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.evidence.checks.PhotoNotReadable;
import dev.kefu.returns.evidence.checks.PhotoReport;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final PhotoInspections inspections;

	private final TransactionTemplate transactions;

	Attachments(JdbcClient jdbc, Conversations conversations, PhotoInspections inspections,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.inspections = inspections;
		this.transactions = transactions;
	}

	/**
	 * Checks and stores a photo in one of the shopper's conversations. When the shop
	 * checks photos, the checks run before anything is stored, and what they found is
	 * stored with the photo in the same transaction.
	 * @param shopper who sends it
	 * @param conversationId their conversation
	 * @param declaredType the content type the client declared
	 * @param bytes the file
	 * @return the stored attachment and, when the shop checks photos, what was found
	 * @throws ConversationNotFound if the conversation is not theirs
	 * @throws MessageRejected if the file is empty, too large, not an image, not the type
	 * declared, or an image that cannot be decoded
	 */
	public Uploaded store(ShopperRef shopper, ConversationId conversationId, String declaredType, byte[] bytes) {
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
		Optional<PhotoReport> report;
		try {
			report = this.inspections.inspect(shopper.shopId(), bytes);
		}
		catch (PhotoNotReadable ex) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, switch (ex.reason()) {
				case TOO_MANY_PIXELS -> "The photo has too many pixels to be read; please send a smaller one.";
				case UNSUPPORTED_FORMAT -> "Only JPEG, PNG and WebP photos are accepted.";
				case DAMAGED -> "The photo is damaged or incomplete and cannot be read; please send it again.";
			});
		}
		return this.transactions.execute((status) -> {
			Attachment stored = this.jdbc.sql("""
					insert into attachments (id, conversation_id, content_type, size_bytes, sha256, data)
					values (?, ?, ?, ?, ?, ?)
					returning id, conversation_id, content_type, size_bytes, sha256, created_at
					""")
				.params(UUID.randomUUID(), conversationId.value(), type.mediaType(), bytes.length, sha256(bytes), bytes)
				.query(Attachments::map)
				.single();
			PhotoInspection inspection = report
				.map((r) -> this.inspections.record(stored.id(), shopper.shopId(), conversationId, r))
				.orElse(null);
			return new Uploaded(stored, inspection);
		});
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
	 * A photo a shopper stored in one of their conversations with their shop, for the
	 * staff of that shop looking at a case that cites it (the caller checks the case).
	 * @param shopper whose photo
	 * @param attachmentId the photo
	 * @return the photo and its bytes, or empty
	 */
	public Optional<Stored> evidenceOf(ShopperRef shopper, UUID attachmentId) {
		return this.jdbc.sql("""
				select a.id, a.conversation_id, a.content_type, a.size_bytes, a.sha256, a.created_at, a.data
				from attachments a join conversations c on c.id = a.conversation_id
				where a.id = ? and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(attachmentId, shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new Stored(map(row, n), row.getBytes("data")))
			.optional();
	}

	/**
	 * The photos stored in a conversation, oldest first, without their bytes (for staff
	 * of its shop; the caller checks the shop).
	 * @param conversationId the conversation
	 * @return its photos
	 */
	public List<Attachment> ofConversation(ConversationId conversationId) {
		return this.jdbc.sql("""
				select id, conversation_id, content_type, size_bytes, sha256, created_at from attachments
				where conversation_id = ? order by created_at, id
				""").param(conversationId.value()).query(Attachments::map).list();
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
	 * A photo just stored, with what the checks found.
	 *
	 * @param attachment the stored photo
	 * @param inspection what the checks found, or {@code null} when the shop has them off
	 */
	public record Uploaded(Attachment attachment, PhotoInspection inspection) {
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
