package dev.kefu.returns.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the checks at upload found in one evidence photo: facts for the rules and for a
 * person, never a verdict on the claim.
 *
 * @param checked whether the photo was checked (the shop may have checks off)
 * @param problems why it may not show a defect (empty: usable)
 * @param nearDuplicateOf a photo of another conversation of the shop that this one is a
 * copy of (resized, recompressed, cropped or turned), or {@code null}
 * @param capturedAt when its EXIF says it was taken, or {@code null}
 * @param metadata what else its metadata says (an editor, no camera metadata); the
 * capture time is compared with the delivery where the order is known
 * @param vision what the shop's vision model found, or {@code null} (off, failed, or not
 * asked)
 */
public record PhotoFindings(boolean checked, Set<PhotoProblem> problems, UUID nearDuplicateOf, Instant capturedAt,
		Set<MetadataFact> metadata, VisionFinding vision) {

	/** A photo uploaded while the shop had checks off. */
	public static final PhotoFindings UNCHECKED = new PhotoFindings(false, Set.of(), null, null, Set.of(), null);

	/**
	 * Findings without a vision model's.
	 */
	public PhotoFindings(boolean checked, Set<PhotoProblem> problems, UUID nearDuplicateOf, Instant capturedAt,
			Set<MetadataFact> metadata) {
		this(checked, problems, nearDuplicateOf, capturedAt, metadata, null);
	}

	public PhotoFindings {
		problems = Set.copyOf(Objects.requireNonNull(problems, "problems"));
		metadata = Set.copyOf(Objects.requireNonNull(metadata, "metadata"));
		if (metadata.contains(MetadataFact.CAPTURED_BEFORE_DELIVERY)) {
			throw new IllegalArgumentException("the capture time is compared with the delivery later");
		}
	}

	/**
	 * Whether the photo counts as evidence.
	 * @return {@code true} unless a check found a problem
	 */
	public boolean usable() {
		return this.problems.isEmpty();
	}

}
