package dev.kefu.returns.evidence;

import java.net.URI;
import java.util.Optional;

/**
 * Port to the shop's own listing photos of its products, read from where its order system
 * says they are, so that a shopper who sends one back as "evidence" is a fact. The
 * integrations module implements it and guards the fetch (only the shop's own hosts,
 * https, a size limit, a timeout); the returns module only compares.
 */
public interface ListingPhotos {

	/** No listing photos are read (no adapter, or the shop's system gives none). */
	ListingPhotos NONE = (shopId, url) -> Optional.empty();

	/**
	 * The listing photo's bytes. Never fails: a photo that cannot be read, is too large,
	 * is not an image, or lives on a host the shop does not allow is simply not there.
	 * @param shopId the shop whose listing it is
	 * @param url where the order system says the photo is
	 * @return the image bytes, or empty
	 */
	Optional<byte[]> fetch(String shopId, URI url);

}
