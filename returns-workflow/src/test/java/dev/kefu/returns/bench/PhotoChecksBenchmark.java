package dev.kefu.returns.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.kefu.returns.evidence.checks.DecodedPhoto;
import dev.kefu.returns.evidence.checks.PhotoCheckSettings;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.evidence.checks.PhotoReport;
import dev.kefu.returns.evidence.checks.samples.PhotoCheckEvaluation;
import dev.kefu.returns.evidence.checks.samples.PhotoSamples;

/**
 * The photo checks' eval and timing: precision and recall of each check on the full
 * generated set (seeds the limits were not chosen on), then the time per 4 MP photo of
 * the bare decode and of the checks beyond it, measured in the same loop.
 * <p>
 * {@code ./mvnw -Dbench=photo-checks -pl returns-workflow -am test-compile exec:exec}
 * (add {@code -Deval=false} to the java arguments for the timing alone)
 */
public final class PhotoChecksBenchmark {

	private static final int PER_KIND = Integer.getInteger("perKind", 40);

	private static final int BASES = Integer.getInteger("bases", 60);

	private static final int PHOTOS = Integer.getInteger("photos", 24);

	private static final int ROUNDS = Integer.getInteger("rounds", 10);

	private static final boolean EVAL = Boolean.parseBoolean(System.getProperty("eval", "true"));

	private static final int WIDTH = 2309;

	private static final int HEIGHT = 1732;

	private PhotoChecksBenchmark() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PhotoChecks checks = new PhotoChecks(PhotoCheckSettings.defaults());
		if (EVAL) {
			eval(checks, out);
		}
		timing(checks, out);
	}

	private static void eval(PhotoChecks checks, PrintStream out) {
		out.printf(Locale.ROOT, "== Usability: %d photos per kind x 9 kinds (seed 9000)%n", PER_KIND);
		PhotoCheckEvaluation.usability(checks, PhotoCheckEvaluation.usabilitySet(PER_KIND, 9_000))
			.forEach(out::println);
		out.printf(Locale.ROOT,
				"== Near-duplicates: %d stored photos, %d transforms + a new photo of each item " + "(seed 9100)%n",
				BASES, PhotoCheckEvaluation.TRANSFORMS.size());
		PhotoCheckEvaluation.duplicates(checks, BASES, 9_100).forEach(out::println);
		out.println("== Metadata (EXIF written with Commons Imaging)");
		PhotoCheckEvaluation.metadata(checks, PhotoCheckEvaluation.metadataSet(9_200)).forEach(out::println);
	}

	private static void timing(PhotoChecks checks, PrintStream out) {
		out.printf(Locale.ROOT, "== Machine: %d processors, %s, JDK %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.arch"), Runtime.version());

		out.printf(Locale.ROOT, "== Time per photo at %dx%d (%.1f MP), JPEG q0.9, %d photos x %d rounds%n", WIDTH,
				HEIGHT, WIDTH * HEIGHT / 1e6, PHOTOS, ROUNDS);
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < PHOTOS; i++) {
			photos
				.add(PhotoSamples.jpeg(PhotoSamples.scene(20_000 + i, WIDTH, HEIGHT, 0.3 + 0.7 * (i % 8) / 8.0), 0.9f));
		}
		long sink = 0;
		for (int warm = 0; warm < 2; warm++) {
			for (byte[] photo : photos) {
				sink += checks.check(checks.decode(photo)).width();
			}
		}
		long[] decode = new long[PHOTOS * ROUNDS];
		long[] check = new long[PHOTOS * ROUNDS];
		int n = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (byte[] photo : photos) {
				long t0 = System.nanoTime();
				DecodedPhoto decoded = checks.decode(photo);
				long t1 = System.nanoTime();
				PhotoReport report = checks.check(decoded);
				long t2 = System.nanoTime();
				sink += report.problems().size();
				decode[n] = t1 - t0;
				check[n] = t2 - t1;
				n++;
			}
		}
		long[] total = new long[n];
		for (int i = 0; i < n; i++) {
			total[i] = decode[i] + check[i];
		}
		out.println(line("bare decode", decode));
		out.println(line("checks beyond decode", check));
		out.println(line("decode + checks", total));
		out.printf(Locale.ROOT, "(sink %d)%n", sink);
	}

	private static String line(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%-22s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms (n=%d)", name,
				at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
	}

	private static double at(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
