package dev.kefu.returns.evidence.checks;

/**
 * Limits the photo checks apply. {@link #defaults()} holds the values chosen on the
 * generated development set (see docs/benchmarks.md, "Photo checks").
 *
 * @param minSidePixels the fewest pixels the shorter side may have
 * @param blurThreshold sharpness below which a photo is {@link PhotoProblem#BLURRED}
 * @param darkMeanLimit mean luminance (0 to 1) below which a photo is
 * {@link PhotoProblem#TOO_DARK}
 * @param darkShareLimit share of near-black pixels above which a photo is
 * {@link PhotoProblem#TOO_DARK}
 * @param brightMeanLimit mean luminance (0 to 1) above which a photo is
 * {@link PhotoProblem#TOO_BRIGHT}
 * @param brightShareLimit share of near-white pixels above which a photo is
 * {@link PhotoProblem#TOO_BRIGHT}
 * @param maxPixels the most pixels a photo may decode to; larger ones are not read at all
 */
public record PhotoCheckSettings(int minSidePixels, double blurThreshold, double darkMeanLimit, double darkShareLimit,
		double brightMeanLimit, double brightShareLimit, long maxPixels) {

	public PhotoCheckSettings {
		if (minSidePixels < 1) {
			throw new IllegalArgumentException("minSidePixels must be positive");
		}
		if (blurThreshold < 0) {
			throw new IllegalArgumentException("blurThreshold must not be negative");
		}
		requireShare(darkMeanLimit, "darkMeanLimit");
		requireShare(darkShareLimit, "darkShareLimit");
		requireShare(brightMeanLimit, "brightMeanLimit");
		requireShare(brightShareLimit, "brightShareLimit");
		if (darkMeanLimit >= brightMeanLimit) {
			throw new IllegalArgumentException("darkMeanLimit must be below brightMeanLimit");
		}
		if (maxPixels < (long) minSidePixels * minSidePixels) {
			throw new IllegalArgumentException("maxPixels must allow a photo of minSidePixels squared");
		}
	}

	/**
	 * The limits chosen on the development set.
	 * @return the default settings
	 */
	public static PhotoCheckSettings defaults() {
		return new PhotoCheckSettings(480, 8.0, 0.10, 0.60, 0.78, 0.45, 50_000_000L);
	}

	private static void requireShare(double value, String name) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1");
		}
	}

}
