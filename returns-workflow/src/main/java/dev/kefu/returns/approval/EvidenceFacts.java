package dev.kefu.returns.approval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the rules know of a request's photo evidence. Every photo counted here is a stored
 * photo the shopper uploaded; ids that are not were refused before a case existed.
 *
 * @param photos how many usable photos the shopper gave (a photo the checks found too
 * small, blurred, too dark or too bright is not counted, nor the shop's own listing photo
 * sent back)
 * @param reusedPhotos how many of all the photos given are already evidence on another
 * case of the shop, or copies of a photo sent in another conversation of the shop
 * @param unusablePhotos how many photos the checks found unusable
 * @param problems what was wrong with the unusable ones
 * @param metadata what the photos' metadata says (facts, not proof)
 * @param vision what the shop's vision model found in the usable photos (empty when off)
 * @param listingPhotos how many of the photos given are copies of the shop's own listing
 * photo of the product (resized or recompressed): a fact for a person, not evidence
 */
public record EvidenceFacts(int photos, int reusedPhotos, int unusablePhotos, Set<PhotoProblem> problems,
		Set<MetadataFact> metadata, List<VisionFinding> vision, int listingPhotos) {

	/** No photos. */
	public static final EvidenceFacts NONE = new EvidenceFacts(0, 0);

	public EvidenceFacts {
		if (photos < 0 || reusedPhotos < 0 || unusablePhotos < 0 || listingPhotos < 0
				|| reusedPhotos > photos + unusablePhotos + listingPhotos) {
			throw new IllegalArgumentException(
					"photos, reusedPhotos, unusablePhotos and listingPhotos must be counts, reusedPhotos <= all photos");
		}
		problems = Set.copyOf(Objects.requireNonNull(problems, "problems"));
		metadata = Set.copyOf(Objects.requireNonNull(metadata, "metadata"));
		vision = List.copyOf(Objects.requireNonNull(vision, "vision"));
	}

	/**
	 * Facts with no listing photo among the photos.
	 */
	public EvidenceFacts(int photos, int reusedPhotos, int unusablePhotos, Set<PhotoProblem> problems,
			Set<MetadataFact> metadata, List<VisionFinding> vision) {
		this(photos, reusedPhotos, unusablePhotos, problems, metadata, vision, 0);
	}

	/**
	 * Facts from the checks, without a vision model.
	 */
	public EvidenceFacts(int photos, int reusedPhotos, int unusablePhotos, Set<PhotoProblem> problems,
			Set<MetadataFact> metadata) {
		this(photos, reusedPhotos, unusablePhotos, problems, metadata, List.of(), 0);
	}

	/**
	 * Whether a vision finding at least this confident shows a problem that fits the
	 * claim.
	 * @param reason the claim
	 * @param minConfidence the least confidence that counts
	 * @return {@code true} when one does
	 */
	public boolean photoShowsClaim(ReturnReason reason, double minConfidence) {
		return this.vision.stream().anyMatch((f) -> f.confidence() >= minConfidence && f.matches(reason));
	}

	/**
	 * Whether a vision finding at least this confident says the product is not in the
	 * photo, and none says it is.
	 * @param minConfidence the least confidence that counts
	 * @return {@code true} when the photos show no product
	 */
	public boolean noProductVisible(double minConfidence) {
		return this.vision.stream()
			.anyMatch((f) -> f.confidence() >= minConfidence && f.showsProduct() == VisionFinding.ShowsProduct.NO)
				&& this.vision.stream().noneMatch((f) -> f.showsProduct() == VisionFinding.ShowsProduct.YES);
	}

	/**
	 * Photos that were not checked.
	 * @param photos how many
	 * @param reusedPhotos how many are already evidence elsewhere
	 */
	public EvidenceFacts(int photos, int reusedPhotos) {
		this(photos, reusedPhotos, 0, Set.of(), Set.of(), List.of(), 0);
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
