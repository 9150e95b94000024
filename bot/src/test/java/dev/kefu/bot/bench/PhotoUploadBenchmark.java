package dev.kefu.bot.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;

/**
 * Upload to acknowledgement of a shopper's photo over HTTP, with the shop's photo checks
 * on (decode, quality, copy search, metadata, stored before the answer): 4 MP JPEGs as
 * phones send them, beside 0.3 MP ones through the same path in the same run. The
 * application runs in a second JVM on the same cores, as in production. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.PhotoUploadBenchmark}.
 */
public final class PhotoUploadBenchmark {

	private static final int WARMUP = Integer.getInteger("warmup", 40);

	private static final int SAMPLES = Integer.getInteger("samples", 200);

	/** Uploads per shopper, under the per-shopper upload limit. */
	private static final int PER_SHOPPER = 5;

	private PhotoUploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (BenchSupport.Server server = BenchSupport.startServer("photo")) {
			int port = server.port();
			System.out.printf(Locale.ROOT,
					"Kefu photo upload benchmark, %s, %d cores, Java %s, server in its own JVM%n", Instant.now(),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			run(port, "warm-up", 2304, 1728, WARMUP, false);
			System.out.printf(Locale.ROOT,
					"| photo | uploads | p50 ms | p99 ms | max ms | bytes (mean) |%n|---|---|---|---|---|---|%n");
			run(port, "0.3 MP JPEG (640×480)", 640, 480, SAMPLES, true);
			run(port, "4 MP JPEG (2304×1728)", 2304, 1728, SAMPLES, true);
		}
		System.exit(0);
	}

	private static void run(int port, String label, int width, int height, int count, boolean print) throws Exception {
		Random random = new Random(width * 31L + height);
		long[] timings = new long[count];
		long bytes = 0;
		String token = null;
		String conversation = null;
		for (int i = 0; i < count; i++) {
			if (i % PER_SHOPPER == 0) {
				token = ShopperTokens.demoShopper("photo-bench-" + label.hashCode() + "-" + i);
				conversation = BenchSupport.conversation(port, token);
			}
			byte[] photo = jpeg(Photos.drawn(random, width, height));
			bytes += photo.length;
			long started = System.nanoTime();
			HttpResponse<String> answer = Photos.upload(port, token, conversation, "photo.jpg", "image/jpeg", photo);
			timings[i] = System.nanoTime() - started;
			if (answer.statusCode() >= 300) {
				throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
			}
		}
		Arrays.sort(timings);
		if (print) {
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |%n", label, count,
					BenchSupport.ms(timings, .5), BenchSupport.ms(timings, .99), timings[count - 1] / 1e6,
					bytes / count);
		}
	}

	private static byte[] jpeg(BufferedImage image) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
