package dev.kefu.bot.conversation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.kefu.returns.evidence.EvidencePhoto;
import dev.kefu.returns.evidence.EvidencePhotos;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photos shoppers uploaded to their conversations, as return evidence: a photo counts
 * for a shopper only if it is stored in one of their own conversations with the shop, and
 * comes with what the checks at upload found in it (and the hash they stored, to compare
 * it with the shop's listing photo of the product).
 */
@Component
class ConversationPhotoEvidence implements EvidencePhotos {

	private final JdbcClient jdbc;

	ConversationPhotoEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EvidencePhoto> ofShopper(ShopperRef shopper, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.sha256, a.created_at, p.checked_at, p.problems, p.near_duplicate_of, p.captured_at,
				    p.metadata_facts, p.phash, p.phash_inner
				from attachments a join conversations c on c.id = a.conversation_id
				left join photo_checks p on p.attachment_id = a.id
				where a.id = any(?) and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(ids.stream().distinct().toArray(UUID[]::new), shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new EvidencePhoto(row.getObject("id", UUID.class), row.getString("sha256"),
					row.getTimestamp("created_at").toInstant(), PhotoInspections.findings(row),
					(row.getString("phash") != null)
							? PerceptualHash.stored(row.getString("phash"), row.getString("phash_inner")) : null))
			.list();
	}

}
