package dev.kefu.returns.approval;

/**
 * What the rules know of a request's photo evidence. Every photo counted here is a stored
 * photo the shopper uploaded; ids that are not were refused before a case existed.
 *
 * @param photos how many photos the shopper gave
 * @param reusedPhotos how many of them are already evidence on another case of the shop
 */
public record EvidenceFacts(int photos, int reusedPhotos) {

	/** No photos. */
	public static final EvidenceFacts NONE = new EvidenceFacts(0, 0);

	public EvidenceFacts {
		if (photos < 0 || reusedPhotos < 0 || reusedPhotos > photos) {
			throw new IllegalArgumentException("photos and reusedPhotos must be counts, reusedPhotos <= photos");
		}
	}

	/**
	 * Fresh photos, none used elsewhere.
	 * @param photos how many
	 * @return the facts
	 */
	public static EvidenceFacts fresh(int photos) {
		return new EvidenceFacts(photos, 0);
	}

}
