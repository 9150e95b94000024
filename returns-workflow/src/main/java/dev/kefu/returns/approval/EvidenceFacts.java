package dev.kefu.returns.approval;

import java.util.Objects;
import java.util.Set;

import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the rules know of a request's photo evidence. Every photo counted here is a stored
 * photo the shopper uploaded; ids that are not were refused before a case existed.
 *
 * @param photos how many usable photos the shopper gave (a photo the checks found too
 * small, blurred, too dark or too bright is not counted)
 * @param reusedPhotos how many of all the photos given are already evidence on another
 * case of the shop, or copies of a photo sent in another conversation of the shop
 * @param unusablePhotos how many photos the checks found unusable
 * @param problems what was wrong with the unusable ones
 * @param metadata what the photos' metadata says (facts, not proof)
 */
public record EvidenceFacts(int photos, int reusedPhotos, int unusablePhotos, Set<PhotoProblem> problems,
		Set<MetadataFact> metadata) {

	/** No photos. */
	public static final EvidenceFacts NONE = new EvidenceFacts(0, 0);

	public EvidenceFacts {
		if (photos < 0 || reusedPhotos < 0 || unusablePhotos < 0 || reusedPhotos > photos + unusablePhotos) {
			throw new IllegalArgumentException(
					"photos, reusedPhotos and unusablePhotos must be counts, reusedPhotos <= all photos");
		}
		problems = Set.copyOf(Objects.requireNonNull(problems, "problems"));
		metadata = Set.copyOf(Objects.requireNonNull(metadata, "metadata"));
	}

	/**
	 * Photos that were not checked.
	 * @param photos how many
	 * @param reusedPhotos how many are already evidence elsewhere
	 */
	public EvidenceFacts(int photos, int reusedPhotos) {
		this(photos, reusedPhotos, 0, Set.of(), Set.of());
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
