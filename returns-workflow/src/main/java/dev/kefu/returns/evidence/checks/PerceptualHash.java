package dev.kefu.returns.evidence.checks;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 144-bit DCT perceptual hash (pHash: the signs of the 12 x 12 lowest frequencies of a
 * 64 x 64 thumbnail against their median) of a photo, with the hashes of the photo turned
 * a quarter, a half and three quarters and of its inner part, so that the same photo is
 * found again after it was resized, recompressed, cropped a little or turned. Only the
 * upright and inner hashes are stored; the turns are compared at upload.
 */
public final class PerceptualHash {

	/** Bits in one hash (the DC term's bit is always 0). */
	public static final int BITS = 144;

	/**
	 * The most bits two photos may differ in and still be the same photo, chosen on the
	 * generated set (docs/benchmarks.md, "Photo checks").
	 */
	public static final int NEAR_DUPLICATE_BITS = 24;

	private static final int SIZE = 64;

	private static final int LOW = 12;

	private static final int WORDS = (BITS + 63) / 64;

	private static final double INNER_BORDER = 0.05;

	private static final double[][] COSINES = cosines();

	private static final HexFormat HEX = HexFormat.of();

	/** Upright, then turned 90, 180 and 270 degrees clockwise. */
	private final long[][] turns;

	private final long[] inner;

	private PerceptualHash(long[][] turns, long[] inner) {
		this.turns = turns;
		this.inner = inner;
	}

	/**
	 * The hash from its stored values: the turned hashes are not needed on the side that
	 * is compared against.
	 * @param upright the stored hash of the whole photo, as {@link #upright()} wrote it
	 * @param inner the stored hash of its inner part, as {@link #inner()} wrote it
	 * @return the hash
	 */
	public static PerceptualHash stored(String upright, String inner) {
		long[] whole = words(upright);
		return new PerceptualHash(new long[][] { whole, whole, whole, whole }, words(inner));
	}

	static PerceptualHash of(GrayImage gray) {
		float[] turned = gray.resized(SIZE);
		long[][] turns = new long[4][];
		for (int turn = 0; turn < 4; turn++) {
			turns[turn] = dctHash(turned);
			turned = turnClockwise(turned);
		}
		return new PerceptualHash(turns, dctHash(gray.innerResized(INNER_BORDER, SIZE)));
	}

	/**
	 * The hash of the whole photo as uploaded, to store.
	 * @return 48 hexadecimal digits
	 */
	public String upright() {
		return hex(this.turns[0]);
	}

	/**
	 * The hash of the photo's inner part, to store.
	 * @return 48 hexadecimal digits
	 */
	public String inner() {
		return hex(this.inner);
	}

	/**
	 * The fewest bits in which this photo differs from the other one: in any of its four
	 * turns, or either one's inner part against the other whole.
	 * @param other a photo already stored
	 * @return 0 (the same) to {@link #BITS}
	 */
	public int distanceTo(PerceptualHash other) {
		long[] target = other.turns[0];
		int best = Math.min(distance(this.turns[0], other.inner), distance(this.inner, target));
		for (long[] turn : this.turns) {
			best = Math.min(best, distance(turn, target));
		}
		return best;
	}

	/**
	 * Whether this photo is the stored one again, after resizing, recompression, a small
	 * crop or a turn.
	 * @param other a photo already stored
	 * @return {@code true} within {@link #NEAR_DUPLICATE_BITS}
	 */
	public boolean nearDuplicateOf(PerceptualHash other) {
		return distanceTo(other) <= NEAR_DUPLICATE_BITS;
	}

	@Override
	public String toString() {
		return upright() + "/" + inner();
	}

	private static int distance(long[] a, long[] b) {
		int bits = 0;
		for (int i = 0; i < a.length; i++) {
			bits += Long.bitCount(a[i] ^ b[i]);
		}
		return bits;
	}

	private static long[] dctHash(float[] pixels) {
		// Separable 2-D DCT-II; only the lowest LOW x LOW frequencies are needed.
		double[][] rows = new double[SIZE][LOW];
		for (int y = 0; y < SIZE; y++) {
			for (int u = 0; u < LOW; u++) {
				double sum = 0;
				for (int x = 0; x < SIZE; x++) {
					sum += pixels[y * SIZE + x] * COSINES[u][x];
				}
				rows[y][u] = sum;
			}
		}
		double[] coefficients = new double[LOW * LOW];
		for (int v = 0; v < LOW; v++) {
			for (int u = 0; u < LOW; u++) {
				double sum = 0;
				for (int y = 0; y < SIZE; y++) {
					sum += rows[y][u] * COSINES[v][y];
				}
				coefficients[v * LOW + u] = sum;
			}
		}
		// The median without the DC term, which only says how bright the photo is.
		double[] ac = Arrays.copyOfRange(coefficients, 1, coefficients.length);
		Arrays.sort(ac);
		double median = (ac[ac.length / 2] + ac[ac.length / 2 - 1]) / 2;
		long[] hash = new long[WORDS];
		for (int i = 1; i < coefficients.length; i++) {
			if (coefficients[i] > median) {
				hash[i / 64] |= 1L << (i % 64);
			}
		}
		return hash;
	}

	private static float[] turnClockwise(float[] pixels) {
		float[] out = new float[pixels.length];
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				out[x * SIZE + (SIZE - 1 - y)] = pixels[y * SIZE + x];
			}
		}
		return out;
	}

	private static double[][] cosines() {
		double[][] table = new double[LOW][SIZE];
		for (int u = 0; u < LOW; u++) {
			for (int x = 0; x < SIZE; x++) {
				table[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIZE));
			}
		}
		return table;
	}

	private static String hex(long[] words) {
		StringBuilder out = new StringBuilder(WORDS * 16);
		for (long word : words) {
			out.append(HEX.toHexDigits(word));
		}
		return out.toString();
	}

	private static long[] words(String hex) {
		if (hex == null || hex.length() != WORDS * 16) {
			throw new IllegalArgumentException("a stored hash has " + WORDS * 16 + " hexadecimal digits");
		}
		long[] words = new long[WORDS];
		for (int i = 0; i < words.length; i++) {
			words[i] = HEX.fromHexDigitsToLong(hex, i * 16, i * 16 + 16);
		}
		return words;
	}

}
