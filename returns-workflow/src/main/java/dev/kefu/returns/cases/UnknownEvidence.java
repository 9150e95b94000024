package dev.kefu.returns.cases;

import java.util.List;
import java.util.UUID;

/**
 * Photos given as evidence that are not the shopper's own stored photos: unknown ids,
 * another shopper's, another shop's. Nothing was stored.
 */
public class UnknownEvidence extends RuntimeException {

	private final List<UUID> photoIds;

	public UnknownEvidence(List<UUID> photoIds) {
		super("These photos are not photos you uploaded: " + photoIds + ".");
		this.photoIds = List.copyOf(photoIds);
	}

	/**
	 * The ids that name no photo of the shopper's.
	 * @return the ids
	 */
	public List<UUID> photoIds() {
		return this.photoIds;
	}

}
