package dev.kefu.returns.evidence.checks;

import java.util.Objects;
import java.util.Set;

/**
 * What the checks found in one photo.
 *
 * @param format its format, by its bytes
 * @param width its width in pixels
 * @param height its height in pixels
 * @param problems why it may not show a defect well; empty when it is usable
 * @param measures the numbers behind the problems
 * @param hash its perceptual hash, to find it again
 * @param metadata what its EXIF says
 */
public record PhotoReport(PhotoFormat format, int width, int height, Set<PhotoProblem> problems, PhotoMeasures measures,
		PerceptualHash hash, PhotoMetadata metadata) {

	public PhotoReport {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(measures, "measures");
		Objects.requireNonNull(hash, "hash");
		Objects.requireNonNull(metadata, "metadata");
		problems = Set.copyOf(problems);
	}

	/**
	 * Whether the photo can count as evidence.
	 * @return {@code true} when no check found a problem
	 */
	public boolean usable() {
		return this.problems.isEmpty();
	}

}
