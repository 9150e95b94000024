package dev.kefu.returns.evidence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

/**
 * The photos shoppers uploaded, as the returns module may use them: only a photo this
 * shopper uploaded, to this shop, and that is stored counts as their evidence. Everything
 * else (a random id, another shopper's photo) is unknown.
 */
public interface EvidencePhotos {

	/**
	 * The photos among the ids that the shopper uploaded to their shop and that are
	 * stored.
	 * @param shopper whose photos
	 * @param ids the ids given as evidence
	 * @return the photos found, in any order; ids not found are left out
	 */
	List<EvidencePhoto> ofShopper(ShopperRef shopper, Collection<UUID> ids);

}
