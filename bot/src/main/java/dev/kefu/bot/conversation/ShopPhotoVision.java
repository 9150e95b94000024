package dev.kefu.bot.conversation;

import java.util.Optional;
import java.util.UUID;

import dev.kefu.bot.shops.Shops;
import dev.kefu.returns.evidence.PhotoVision;
import dev.kefu.returns.evidence.PhotoVisionModel;
import dev.kefu.returns.evidence.ProductFields;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vision model for the rules: asked only for shops that switched it on
 * (photos.vision-model), only about a photo the shopper stored in one of their own
 * conversations with the shop, and sent only that photo and the product fields. What it
 * found is kept beside the photo for staff.
 */
@Component
class ShopPhotoVision implements PhotoVision {

	private final JdbcClient jdbc;

	private final Shops shops;

	private final ObjectProvider<PhotoVisionModel> model;

	ShopPhotoVision(JdbcClient jdbc, Shops shops, ObjectProvider<PhotoVisionModel> model) {
		this.jdbc = jdbc;
		this.shops = shops;
		this.model = model;
	}

	@Override
	public Optional<VisionFinding> look(ShopperRef shopper, UUID photoId, ProductFields product) {
		PhotoVisionModel vision = this.model.getIfAvailable();
		if (vision == null || !this.shops.of(shopper.shopId()).photos().visionModel()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select a.content_type, a.data
				from attachments a join conversations c on c.id = a.conversation_id
				where a.id = ? and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(photoId, shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new Photo(row.getString("content_type"), row.getBytes("data")))
			.optional()
			.flatMap((photo) -> vision.look(photo.data(), photo.contentType(), product))
			.map((finding) -> kept(photoId, finding));
	}

	/** The finding beside the photo, for staff to read (the latest look wins). */
	private VisionFinding kept(UUID photoId, VisionFinding finding) {
		this.jdbc.sql("""
				insert into photo_vision_findings (attachment_id, shows_product, problem, confidence)
				values (?, ?, ?, ?)
				on conflict (attachment_id) do update set shows_product = excluded.shows_product,
				    problem = excluded.problem, confidence = excluded.confidence, looked_at = now()
				""")
			.params(photoId, finding.showsProduct().name(), finding.problem().name(), finding.confidence())
			.update();
		return finding;
	}

	private record Photo(String contentType, byte[] data) {
	}

}
