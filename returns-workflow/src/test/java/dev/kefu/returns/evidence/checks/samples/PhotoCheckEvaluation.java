package dev.kefu.returns.evidence.checks.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.evidence.checks.PhotoProblem;
import dev.kefu.returns.evidence.checks.PhotoReport;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Runs the checks over generated sets whose right answers are known by construction and
 * counts, per check, what it got right and wrong. The tests assert on small sets, the
 * benchmark prints larger ones.
 */
public final class PhotoCheckEvaluation {

	/** The delivery every metadata sample is compared with. */
	public static final Instant DELIVERED = Instant.parse("2026-11-20T07:30:00Z");

	/** The shop's zone for capture times without offset. */
	public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

	/** OffsetTimeOriginal (0x9011), which Commons Imaging has no constant for. */
	private static final TagInfoAscii OFFSET_TIME_ORIGINAL = new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7,
			TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

	private PhotoCheckEvaluation() {
	}

	/**
	 * One check's confusion counts.
	 */
	public record Score(String check, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

		public double precision() {
			int flagged = this.truePositives + this.falsePositives;
			return (flagged == 0) ? 1.0 : (double) this.truePositives / flagged;
		}

		public double recall() {
			int actual = this.truePositives + this.falseNegatives;
			return (actual == 0) ? 1.0 : (double) this.truePositives / actual;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%-26s precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", this.check,
					precision(), recall(), this.truePositives, this.falsePositives, this.falseNegatives,
					this.trueNegatives);
		}

	}

	/** A generated photo and the problems it was made with. */
	public record Labelled(String name, byte[] bytes, Set<PhotoProblem> expected) {

	}

	/**
	 * The usability set: per kind {@code perKind} photos.
	 * @param perKind photos per kind (sharp, plain, dim, light, blurred, dark, bright,
	 * small, png)
	 * @param seed the first seed
	 * @return the photos with their expected problems
	 */
	public static List<Labelled> usabilitySet(int perKind, long seed) {
		List<Labelled> set = new ArrayList<>();
		int[][] sizes = { { 800, 600 }, { 1024, 768 }, { 640, 480 }, { 720, 960 } };
		for (int i = 0; i < perKind; i++) {
			long s = seed + i * 17L;
			int[] size = sizes[i % sizes.length];
			double texture = 0.3 + 0.7 * ((i * 37) % 10) / 10.0;
			BufferedImage sharp = PhotoSamples.scene(s, size[0], size[1], texture);
			set.add(labelled("sharp", i, PhotoSamples.jpeg(sharp, 0.85f)));
			set.add(labelled("plain", i, PhotoSamples.jpeg(PhotoSamples.scene(s + 1, size[0], size[1], 0.0), 0.8f)));
			set.add(labelled("dim", i, PhotoSamples.jpeg(PhotoSamples.exposed(sharp, 0.55, 0), 0.85f)));
			set.add(labelled("light", i, PhotoSamples.jpeg(PhotoSamples.exposed(sharp, 0.6, 75), 0.85f)));
			set.add(labelled("blurred", i, PhotoSamples.jpeg(PhotoSamples.blurred(sharp, 5 + i % 6, s), 0.85f),
					PhotoProblem.BLURRED));
			set.add(labelled("dark", i, PhotoSamples.jpeg(PhotoSamples.exposed(sharp, 0.07 + 0.01 * (i % 6), 0), 0.85f),
					PhotoProblem.TOO_DARK));
			set.add(labelled("bright", i, PhotoSamples.jpeg(PhotoSamples.exposed(sharp, 0.4, 175 + 5 * (i % 5)), 0.85f),
					PhotoProblem.TOO_BRIGHT));
			BufferedImage small = PhotoSamples.scene(s + 2, (i % 2 == 0) ? 320 : 600, (i % 2 == 0) ? 240 : 400,
					texture);
			set.add(labelled("small", i, PhotoSamples.jpeg(small, 0.85f), PhotoProblem.TOO_SMALL));
			set.add(labelled("png", i, PhotoSamples.png(PhotoSamples.scene(s + 3, 800, 600, texture))));
		}
		return set;
	}

	/**
	 * Precision and recall of each usability problem over a set.
	 */
	public static List<Score> usability(PhotoChecks checks, List<Labelled> set) {
		List<PhotoReport> reports = set.stream().map((sample) -> checks.check(sample.bytes())).toList();
		List<Score> scores = new ArrayList<>();
		for (PhotoProblem problem : PhotoProblem.values()) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			int tn = 0;
			for (int i = 0; i < set.size(); i++) {
				boolean actual = set.get(i).expected().contains(problem);
				boolean found = reports.get(i).problems().contains(problem);
				tp += (actual && found) ? 1 : 0;
				fp += (!actual && found) ? 1 : 0;
				fn += (actual && !found) ? 1 : 0;
				tn += (!actual && !found) ? 1 : 0;
			}
			scores.add(new Score(problem.name(), tp, fp, fn, tn));
		}
		return scores;
	}

	/** The transforms a reused photo goes through. */
	public static final List<Transform> TRANSFORMS = List.of(
			new Transform("resized to half",
					(image) -> PhotoSamples
						.jpeg(PhotoSamples.resized(image, image.getWidth() / 2, image.getHeight() / 2), 0.85f)),
			new Transform("recompressed at 40%", (image) -> PhotoSamples.jpeg(image, 0.4f)),
			new Transform("cropped 5% + 3%",
					(image) -> PhotoSamples.jpeg(PhotoSamples.cropped(image, 0.05, 0.03, 0.03, 0.05), 0.85f)),
			new Transform("turned 90 degrees", (image) -> PhotoSamples.jpeg(PhotoSamples.turned(image, 90), 0.85f)),
			new Transform("turned 180 degrees", (image) -> PhotoSamples.jpeg(PhotoSamples.turned(image, 180), 0.85f)),
			new Transform("turned 3 degrees", (image) -> PhotoSamples.jpeg(PhotoSamples.turned(image, 3), 0.85f)),
			new Transform("as PNG, 70% size", (image) -> PhotoSamples
				.png(PhotoSamples.resized(image, image.getWidth() * 7 / 10, image.getHeight() * 7 / 10))));

	/** A named change to a photo. */
	public record Transform(String name, Function<BufferedImage, byte[]> apply) {

	}

	/**
	 * Near-duplicate search: every transformed copy must find its original among
	 * {@code bases} stored photos, and neither a transformed copy, nor another photo of
	 * the same product on another surface, may match any other stored photo.
	 * @return the score over all (probe, stored) pairs, and one per transform
	 */
	public static List<Score> duplicates(PhotoChecks checks, int bases, long seed) {
		List<PerceptualHash> stored = new ArrayList<>();
		List<BufferedImage> originals = new ArrayList<>();
		for (int b = 0; b < bases; b++) {
			BufferedImage image = PhotoSamples.scene(seed + b * 101L, 800, 600, 0.3 + 0.07 * (b % 10));
			originals.add(image);
			PerceptualHash hash = checks.check(PhotoSamples.jpeg(image, 0.9f)).hash();
			stored.add(PerceptualHash.stored(hash.upright(), hash.inner()));
		}
		List<Score> scores = new ArrayList<>();
		int[] total = new int[4];
		for (Transform transform : TRANSFORMS) {
			int[] counts = new int[4];
			for (int b = 0; b < bases; b++) {
				PerceptualHash probe = checks.check(transform.apply().apply(originals.get(b))).hash();
				count(probe, stored, b, counts);
			}
			scores.add(new Score("reuse: " + transform.name(), counts[0], counts[1], counts[2], counts[3]));
			for (int i = 0; i < 4; i++) {
				total[i] += counts[i];
			}
		}
		int[] other = new int[4];
		for (int b = 0; b < bases; b++) {
			long productSeed = seed + b * 101L;
			BufferedImage again = PhotoSamples.scene(productSeed, productSeed + 5, 800, 600, 0.3 + 0.07 * (b % 10));
			count(checks.check(PhotoSamples.jpeg(again, 0.85f)).hash(), stored, -1, other);
		}
		scores.add(new Score("reuse: same item, new photo", other[0], other[1], other[2], other[3]));
		for (int i = 0; i < 4; i++) {
			total[i] += other[i];
		}
		scores.add(0, new Score("NEAR_DUPLICATE", total[0], total[1], total[2], total[3]));
		return scores;
	}

	private static void count(PerceptualHash probe, List<PerceptualHash> stored, int original, int[] counts) {
		for (int s = 0; s < stored.size(); s++) {
			boolean actual = s == original;
			boolean found = probe.nearDuplicateOf(stored.get(s));
			counts[(actual && found) ? 0 : (!actual && found) ? 1 : (actual) ? 2 : 3]++;
		}
	}

	/** A photo with written EXIF and the facts it should give. */
	public record WithExif(String name, byte[] bytes, Set<MetadataFact> expected) {

	}

	/**
	 * Photos with EXIF written by Commons Imaging (and one PNG, one without EXIF).
	 */
	public static List<WithExif> metadataSet(long seed) {
		byte[] plain = PhotoSamples.jpeg(PhotoSamples.scene(seed, 640, 480, 0.5), 0.85f);
		List<WithExif> set = new ArrayList<>();
		set.add(new WithExif("camera, taken after delivery",
				exif(plain, "Apple", "iPhone 15", "iOS 17.1", "2026:11:21 10:00:00", "+08:00"),
				EnumSet.noneOf(MetadataFact.class)));
		set.add(new WithExif("camera, taken a month before delivery",
				exif(plain, "Xiaomi", "23049RAD8C", null, "2026:10:18 19:12:03", "+08:00"),
				EnumSet.of(MetadataFact.CAPTURED_BEFORE_DELIVERY)));
		set.add(new WithExif("taken 30 minutes before delivery (offset)",
				exif(plain, "HUAWEI", "ALN-AL00", null, "2026:11:20 15:00:00", "+08:00"),
				EnumSet.of(MetadataFact.CAPTURED_BEFORE_DELIVERY)));
		set.add(new WithExif("taken 30 minutes after delivery (no offset, shop zone)",
				exif(plain, "HUAWEI", "ALN-AL00", null, "2026:11:20 16:00:00", null),
				EnumSet.noneOf(MetadataFact.class)));
		set.add(new WithExif("taken 30 minutes before delivery (no offset, shop zone)",
				exif(plain, "OPPO", "PHB110", null, "2026:11:20 15:00:00", null),
				EnumSet.of(MetadataFact.CAPTURED_BEFORE_DELIVERY)));
		set.add(new WithExif("edited in Photoshop",
				exif(plain, "Canon", "EOS R6", "Adobe Photoshop 25.1 (Windows)", "2026:11:21 09:00:00", "+08:00"),
				EnumSet.of(MetadataFact.EDITING_SOFTWARE)));
		set.add(new WithExif("edited in Snapseed, time lost", exif(plain, null, null, "Snapseed 2.0", null, null),
				EnumSet.of(MetadataFact.EDITING_SOFTWARE, MetadataFact.NO_CAMERA_METADATA)));
		set.add(new WithExif("phone firmware is no editor",
				exif(plain, "samsung", "SM-S9180", "S9180ZCU2AWK1", "2026:11:22 12:00:00", "+08:00"),
				EnumSet.noneOf(MetadataFact.class)));
		set.add(new WithExif("placeholder capture time",
				exif(plain, "vivo", "V2309A", null, "0000:00:00 00:00:00", null), EnumSet.noneOf(MetadataFact.class)));
		set.add(new WithExif("no EXIF (a chat app stripped it)", plain, EnumSet.of(MetadataFact.NO_CAMERA_METADATA)));
		set.add(new WithExif("PNG screenshot", PhotoSamples.png(PhotoSamples.scene(seed + 1, 640, 480, 0.5)),
				EnumSet.of(MetadataFact.NO_CAMERA_METADATA)));
		return set;
	}

	/**
	 * Precision and recall of each metadata fact over a set.
	 */
	public static List<Score> metadata(PhotoChecks checks, List<WithExif> set) {
		List<Set<MetadataFact>> found = set.stream()
			.map((sample) -> checks.check(sample.bytes()).metadata().facts(DELIVERED, SHOP_ZONE))
			.toList();
		List<Score> scores = new ArrayList<>();
		for (MetadataFact fact : MetadataFact.values()) {
			int[] counts = new int[4];
			for (int i = 0; i < set.size(); i++) {
				boolean actual = set.get(i).expected().contains(fact);
				boolean flagged = found.get(i).contains(fact);
				counts[(actual && flagged) ? 0 : (!actual && flagged) ? 1 : (actual) ? 2 : 3]++;
			}
			scores.add(new Score(fact.name(), counts[0], counts[1], counts[2], counts[3]));
		}
		return scores;
	}

	/**
	 * The JPEG with the given EXIF tags written (null tags are left out).
	 */
	public static byte[] exif(byte[] jpeg, String make, String model, String software, String takenAt, String offset) {
		try {
			TiffOutputSet output = new TiffOutputSet();
			TiffOutputDirectory root = output.getOrCreateRootDirectory();
			if (make != null) {
				root.add(TiffTagConstants.TIFF_TAG_MAKE, make);
			}
			if (model != null) {
				root.add(TiffTagConstants.TIFF_TAG_MODEL, model);
			}
			if (software != null) {
				root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, software);
			}
			TiffOutputDirectory exif = output.getOrCreateExifDirectory();
			if (takenAt != null) {
				exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, takenAt);
			}
			if (offset != null) {
				exif.add(OFFSET_TIME_ORIGINAL, offset);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg, bytes, output);
			return bytes.toByteArray();
		}
		catch (ImagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Labelled labelled(String kind, int i, byte[] bytes, PhotoProblem... expected) {
		Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
		problems.addAll(List.of(expected));
		return new Labelled(kind + "-" + i, bytes, problems);
	}

}
