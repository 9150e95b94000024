package dev.kefu.returns.evidence;

import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

/**
 * The vision model as the rules may use it: only for shops that switched it on, only for
 * the shopper's own stored photos.
 */
public interface PhotoVision {

	/** No vision model: no findings. */
	PhotoVision OFF = (shopper, photoId, product) -> Optional.empty();

	/**
	 * What the shop's vision model finds in one of the shopper's photos.
	 * @param shopper whose photo (and which shop)
	 * @param photoId the photo
	 * @param product the order line's product fields
	 * @return the finding, or empty (off for the shop, not their photo, or no answer)
	 */
	Optional<VisionFinding> look(ShopperRef shopper, UUID photoId, ProductFields product);

}
