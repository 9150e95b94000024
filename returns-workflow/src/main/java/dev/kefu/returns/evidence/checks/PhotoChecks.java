package dev.kefu.returns.evidence.checks;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The offline checks on one photo: decode it by its bytes' format, then size, sharpness
 * (variance of the Laplacian), exposure, a perceptual hash and the EXIF facts.
 * Thread-safe and without state beyond its settings.
 */
public final class PhotoChecks {

	/** The longer side of the working copy every measure is taken on. */
	static final int WORKING_SIDE = 1024;

	private static final float DARK = 0.10f * 255;

	private static final float BRIGHT = 0.95f * 255;

	private final PhotoCheckSettings settings;

	public PhotoChecks(PhotoCheckSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/**
	 * Decodes and checks a photo.
	 * @param bytes the uploaded bytes
	 * @return the report
	 * @throws PhotoNotReadable when the bytes are no JPEG, PNG or WebP photo that can be
	 * read within the limits
	 */
	public PhotoReport check(byte[] bytes) {
		return check(decode(bytes));
	}

	/**
	 * Only decodes (the benchmark measures the checks beyond this).
	 * @param bytes the uploaded bytes
	 * @return the decoded photo
	 * @throws PhotoNotReadable when the bytes cannot be read
	 */
	public DecodedPhoto decode(byte[] bytes) {
		PhotoFormat format = PhotoFormat.sniff(bytes)
			.orElseThrow(() -> new PhotoNotReadable(PhotoNotReadable.Reason.UNSUPPORTED_FORMAT,
					"only JPEG, PNG and WebP photos can be read"));
		return new DecodedPhoto(bytes, format, PhotoDecoder.decode(bytes, format, this.settings.maxPixels()));
	}

	/**
	 * Only the perceptual hash, as {@link #check(DecodedPhoto)} computes it (for a photo
	 * that is compared with, not judged: the shop's listing photo).
	 * @param bytes the photo
	 * @return its hash
	 * @throws PhotoNotReadable when the bytes cannot be read
	 */
	public PerceptualHash hash(byte[] bytes) {
		return PerceptualHash.of(GrayImage.of(decode(bytes).image(), WORKING_SIDE));
	}

	/**
	 * Checks a decoded photo.
	 * @param photo the photo
	 * @return the report
	 */
	public PhotoReport check(DecodedPhoto photo) {
		int width = photo.image().getWidth();
		int height = photo.image().getHeight();
		GrayImage gray = GrayImage.of(photo.image(), WORKING_SIDE);
		PhotoMeasures measures = measure(gray);
		Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
		if (Math.min(width, height) < this.settings.minSidePixels()) {
			problems.add(PhotoProblem.TOO_SMALL);
		}
		if (measures.meanLuminance() < this.settings.darkMeanLimit()
				|| measures.darkShare() > this.settings.darkShareLimit()) {
			problems.add(PhotoProblem.TOO_DARK);
		}
		else if (measures.meanLuminance() > this.settings.brightMeanLimit()
				|| measures.brightShare() > this.settings.brightShareLimit()) {
			problems.add(PhotoProblem.TOO_BRIGHT);
		}
		else if (measures.sharpness() < this.settings.blurThreshold()) {
			// A dark or washed-out photo has little detail anyway; the exposure is what
			// to fix.
			problems.add(PhotoProblem.BLURRED);
		}
		return new PhotoReport(photo.format(), width, height, problems, measures, PerceptualHash.of(gray),
				PhotoMetadata.read(photo.bytes()));
	}

	private static PhotoMeasures measure(GrayImage gray) {
		int w = gray.width;
		int h = gray.height;
		float[] p = gray.pixels;
		double sum = 0;
		int dark = 0;
		int bright = 0;
		for (float v : p) {
			sum += v;
			if (v < DARK) {
				dark++;
			}
			else if (v > BRIGHT) {
				bright++;
			}
		}
		double lapSum = 0;
		double lapSquares = 0;
		long count = 0;
		for (int y = 1; y < h - 1; y++) {
			int row = y * w;
			for (int x = 1; x < w - 1; x++) {
				int i = row + x;
				double lap = p[i - 1] + p[i + 1] + p[i - w] + p[i + w] - 4 * p[i];
				lapSum += lap;
				lapSquares += lap * lap;
				count++;
			}
		}
		double sharpness = 0;
		if (count > 0) {
			double mean = lapSum / count;
			sharpness = lapSquares / count - mean * mean;
		}
		return new PhotoMeasures(sharpness, sum / p.length / 255, (double) dark / p.length, (double) bright / p.length);
	}

}
