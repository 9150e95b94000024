package dev.kefu.bot.conversation;

import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the checks at upload found in one photo.
 *
 * @param attachmentId the photo
 * @param problems why it may not show a defect (empty: usable)
 * @param nearDuplicateOf a photo of another conversation of the shop it copies, or
 * {@code null}
 * @param metadata what its metadata says
 */
public record PhotoInspection(UUID attachmentId, Set<PhotoProblem> problems, UUID nearDuplicateOf,
		Set<MetadataFact> metadata) {

	public PhotoInspection {
		problems = Set.copyOf(problems);
		metadata = Set.copyOf(metadata);
	}

	/**
	 * Whether the photo counts as evidence.
	 * @return {@code true} when no check found a problem
	 */
	public boolean usable() {
		return this.problems.isEmpty();
	}

}
