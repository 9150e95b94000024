package dev.kefu.returns.evidence.checks;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * A photo's luminance (0 to 255) at a working size: blocks of whole pixels averaged so
 * that the longer side is at most a given length. Every check looks at this one copy, so
 * that the thresholds mean the same for a 0.5 MP and a 12 MP photo and a large photo
 * costs little more than its decode.
 */
final class GrayImage {

	final int width;

	final int height;

	final float[] pixels;

	private GrayImage(int width, int height, float[] pixels) {
		this.width = width;
		this.height = height;
		this.pixels = pixels;
	}

	static GrayImage of(BufferedImage image, int maxSide) {
		int w = image.getWidth();
		int h = image.getHeight();
		int factor = Math.max(1, (Math.max(w, h) + maxSide - 1) / maxSide);
		int gw = Math.max(1, w / factor);
		int gh = Math.max(1, h / factor);
		float[] sums = new float[gw * gh];
		if (!RowReader.sumBytes(image, factor, gw, gh, sums)) {
			int[] row = new int[w];
			RowReader reader = RowReader.of(image);
			for (int y = 0; y < gh * factor && y < h; y++) {
				reader.read(y, row);
				int base = (y / factor) * gw;
				for (int bx = 0, x = 0; bx < gw; bx++) {
					int sum = 0;
					for (int k = 0; k < factor; k++, x++) {
						sum += row[x];
					}
					sums[base + bx] += sum;
				}
			}
		}
		float scale = 1f / (factor * factor);
		for (int i = 0; i < sums.length; i++) {
			sums[i] *= scale;
		}
		return new GrayImage(gw, gh, sums);
	}

	float at(int x, int y) {
		return this.pixels[y * this.width + x];
	}

	/**
	 * Area-averaged copy at exactly the given size (used for the perceptual hash).
	 */
	float[] resized(int size) {
		return resized(0, 0, this.width, this.height, size);
	}

	/**
	 * Area-averaged copy, at exactly the given size, of the part inside a border of the
	 * given share on each side, read in place rather than copied out first.
	 */
	float[] innerResized(double border, int size) {
		int x0 = (int) Math.round(this.width * border);
		int y0 = (int) Math.round(this.height * border);
		int w = Math.max(1, this.width - 2 * x0);
		int h = Math.max(1, this.height - 2 * y0);
		return resized(x0, y0, w, h, size);
	}

	private float[] resized(int left, int top, int w, int h, int size) {
		float[] out = new float[size * size];
		for (int ty = 0; ty < size; ty++) {
			int y0 = ty * h / size;
			int y1 = Math.max(y0 + 1, (ty + 1) * h / size);
			for (int tx = 0; tx < size; tx++) {
				int x0 = tx * w / size;
				int x1 = Math.max(x0 + 1, (tx + 1) * w / size);
				float sum = 0;
				for (int y = y0; y < y1; y++) {
					int offset = (top + y) * this.width + left;
					for (int x = x0; x < x1; x++) {
						sum += this.pixels[offset + x];
					}
				}
				out[ty * size + tx] = sum / ((y1 - y0) * (x1 - x0));
			}
		}
		return out;
	}

	/**
	 * Reads luminance: in place for the byte layouts decoders produce, else row by row.
	 */
	private interface RowReader {

		void read(int y, int[] row);

		static RowReader of(BufferedImage image) {
			int w = image.getWidth();
			int[] argb = new int[w];
			return (y, row) -> {
				image.getRGB(0, y, w, 1, argb, 0, w);
				for (int x = 0; x < w; x++) {
					int p = argb[x];
					row[x] = luminance((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
				}
			};
		}

		/**
		 * The block sums straight from the decoders' own interleaved bytes (3 or 4 bytes
		 * per pixel, or 1 or 2 for grey), read in place: no copy, no call per pixel.
		 * @return {@code false} for any other layout
		 */
		static boolean sumBytes(BufferedImage image, int factor, int gw, int gh, float[] sums) {
			Raster raster = image.getRaster();
			int bands = raster.getNumBands();
			if (!(image.getColorModel() instanceof ComponentColorModel model)
					|| !(raster.getDataBuffer() instanceof DataBufferByte buffer)
					|| !(raster.getSampleModel() instanceof ComponentSampleModel layout) || buffer.getNumBanks() != 1) {
				return false;
			}
			boolean rgb = model.getColorSpace().getType() == ColorSpace.TYPE_RGB && (bands == 3 || bands == 4);
			boolean gray = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && (bands == 1 || bands == 2);
			if (!rgb && !gray) {
				return false;
			}
			byte[] data = buffer.getData();
			int stride = layout.getScanlineStride();
			int step = layout.getPixelStride();
			int[] offsets = layout.getBandOffsets();
			int origin = buffer.getOffset() - raster.getSampleModelTranslateY() * stride
					- raster.getSampleModelTranslateX() * step;
			int r = offsets[0];
			int g = gray ? r : offsets[1];
			int b = gray ? r : offsets[2];
			// A block's row sum is (77 R + 150 G + 29 B) >> 8 over its pixels' channel
			// sums: the same number as weighting each pixel, with a third of the
			// multiplications. The float sums are whole numbers far below 2^24, so exact.
			for (int y = 0; y < gh * factor; y++) {
				int i = origin + y * stride;
				int base = (y / factor) * gw;
				if (gray) {
					for (int bx = 0; bx < gw; bx++) {
						int sum = 0;
						for (int k = 0; k < factor; k++, i += step) {
							sum += data[i + r] & 0xFF;
						}
						sums[base + bx] += sum;
					}
				}
				else {
					for (int bx = 0; bx < gw; bx++) {
						int red = 0;
						int green = 0;
						int blue = 0;
						for (int k = 0; k < factor; k++, i += step) {
							red += data[i + r] & 0xFF;
							green += data[i + g] & 0xFF;
							blue += data[i + b] & 0xFF;
						}
						sums[base + bx] += (77 * red + 150 * green + 29 * blue) >> 8;
					}
				}
			}
			return true;
		}

		private static int luminance(int r, int g, int b) {
			return (77 * r + 150 * g + 29 * b) >> 8;
		}

	}

}
