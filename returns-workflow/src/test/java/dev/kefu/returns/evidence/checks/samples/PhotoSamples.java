package dev.kefu.returns.evidence.checks.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Product-like photos drawn in code, with the faults a shopper's phone adds: a product (a
 * shape with a pattern, seams and a stain or a tear) on a textured surface, sensor noise,
 * and on demand blur, under- or over-exposure, resizing, recompression, cropping,
 * turning. The same seed draws the same photo.
 */
public final class PhotoSamples {

	private PhotoSamples() {
	}

	/**
	 * A photo of a product on a surface.
	 * @param seed which product and surface
	 * @param width width in pixels
	 * @param height height in pixels
	 * @param texture how much fine detail: 0 (plain surface, plain product) to 1
	 * @return the photo
	 */
	public static BufferedImage scene(long seed, int width, int height, double texture) {
		return scene(seed, seed, width, height, texture);
	}

	/**
	 * The same product ({@code productSeed}) photographed again on another surface, at
	 * another place in the frame ({@code shotSeed}).
	 */
	public static BufferedImage scene(long productSeed, long shotSeed, int width, int height, double texture) {
		Random shot = new Random(shotSeed * 31 + 7);
		Random product = new Random(productSeed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color top = muted(shot);
		Color bottom = muted(shot).darker();
		// Light falls from any side.
		double light = shot.nextDouble() * 2 * Math.PI;
		float dx = (float) (Math.cos(light) * width / 2);
		float dy = (float) (Math.sin(light) * height / 2);
		g.setPaint(
				new GradientPaint(width / 2f - dx, height / 2f - dy, top, width / 2f + dx, height / 2f + dy, bottom));
		g.fillRect(0, 0, width, height);
		// Surface grain: thin lines (wood, fabric).
		int grains = (int) (texture * 160);
		for (int i = 0; i < grains; i++) {
			g.setColor(new Color(0, 0, 0, 10 + shot.nextInt(30)));
			g.setStroke(new BasicStroke(0.8f + shot.nextFloat() * 1.5f));
			int y = shot.nextInt(height);
			g.drawLine(0, y, width, y + shot.nextInt(height / 6 + 1) - height / 12);
		}
		// The product, placed by the shot.
		double scale = Math.min(width, height) * (0.45 + product.nextDouble() * 0.3);
		double cx = width * (0.3 + shot.nextDouble() * 0.4);
		double cy = height * (0.3 + shot.nextDouble() * 0.4);
		Shape body = switch (product.nextInt(3)) {
			case 0 -> new RoundRectangle2D.Double(-scale / 2, -scale * 0.35, scale, scale * 0.7, scale / 6, scale / 6);
			case 1 -> new Ellipse2D.Double(-scale / 2, -scale * 0.4, scale, scale * 0.8);
			default -> polygon(product, scale);
		};
		AffineTransform place = AffineTransform.getTranslateInstance(cx, cy);
		place.rotate(shot.nextDouble() * 0.6 - 0.3);
		Shape placed = place.createTransformedShape(body);
		g.setColor(new Color(0, 0, 0, 70));
		g.fill(AffineTransform.getTranslateInstance(scale * 0.04, scale * 0.05).createTransformedShape(placed));
		Color colour = Color.getHSBColor(product.nextFloat(), 0.5f + product.nextFloat() * 0.5f,
				0.45f + product.nextFloat() * 0.5f);
		g.setColor(colour);
		g.fill(placed);
		g.setClip(placed);
		// Pattern: stripes or checks, more of them with more texture.
		int stripes = 3 + (int) (texture * 24 * (0.5 + product.nextDouble()));
		g.setColor(colour.darker());
		boolean checks = product.nextBoolean();
		for (int i = 0; i < stripes; i++) {
			double at = -scale / 2 + i * scale / stripes;
			Shape stripe = place
				.createTransformedShape(new Rectangle2D.Double(at, -scale, scale / stripes / 2, scale * 2));
			g.fill(stripe);
			if (checks) {
				g.fill(place
					.createTransformedShape(new Rectangle2D.Double(-scale, at, scale * 2, scale / stripes / 2)));
			}
		}
		// Seams.
		g.setColor(colour.brighter());
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 5f }, 0f));
		g.draw(place.createTransformedShape(new RoundRectangle2D.Double(-scale * 0.42, -scale * 0.28, scale * 0.84,
				scale * 0.56, scale / 8, scale / 8)));
		// The defect: a stain or a tear.
		if (product.nextBoolean()) {
			g.setColor(new Color(60, 40, 20, 150));
			double r = scale * (0.05 + product.nextDouble() * 0.08);
			g.fill(place.createTransformedShape(polygonAround(product, r)));
		}
		else {
			g.setColor(new Color(20, 20, 20));
			g.setStroke(new BasicStroke(3f));
			int[] xs = new int[6];
			int[] ys = new int[6];
			for (int i = 0; i < 6; i++) {
				xs[i] = (int) (cx + (i - 3) * scale * 0.05);
				ys[i] = (int) (cy + ((i % 2 == 0) ? -1 : 1) * scale * 0.03);
			}
			g.drawPolyline(xs, ys, 6);
		}
		g.setClip(null);
		g.dispose();
		return noise(image, 2.0 + 2.0 * texture, shot);
	}

	/**
	 * Out of focus: shrunk and enlarged again with bilinear filtering, then the sensor's
	 * noise on top.
	 * @param image the sharp photo
	 * @param strength how many times it is shrunk (4 to 10 for a photo no one can read)
	 * @return the blurred photo
	 */
	public static BufferedImage blurred(BufferedImage image, int strength, long seed) {
		int w = image.getWidth();
		int h = image.getHeight();
		BufferedImage small = resized(image, Math.max(1, w / strength), Math.max(1, h / strength));
		return noise(resized(resized(small, w / 2, h / 2), w, h), 1.0, new Random(seed));
	}

	/**
	 * Exposure changed: each channel {@code v * gain + offset}, clipped.
	 */
	public static BufferedImage exposed(BufferedImage image, double gain, double offset) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				int r = clip(((p >> 16) & 0xFF) * gain + offset);
				int gr = clip(((p >> 8) & 0xFF) * gain + offset);
				int b = clip((p & 0xFF) * gain + offset);
				out.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
		return out;
	}

	public static BufferedImage resized(BufferedImage image, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

	/**
	 * Cropped unevenly: the given shares cut from each side.
	 */
	public static BufferedImage cropped(BufferedImage image, double left, double top, double right, double bottom) {
		int w = image.getWidth();
		int h = image.getHeight();
		int x0 = (int) (w * left);
		int y0 = (int) (h * top);
		int x1 = w - (int) (w * right);
		int y1 = h - (int) (h * bottom);
		BufferedImage out = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, -x0, -y0, null);
		g.dispose();
		return out;
	}

	/**
	 * Turned by quarter turns (exact) or by a small angle (then cropped so that no empty
	 * corner shows, as phones do).
	 */
	public static BufferedImage turned(BufferedImage image, double degrees) {
		int w = image.getWidth();
		int h = image.getHeight();
		boolean quarter = Math.abs(degrees % 180) == 90;
		int ow = quarter ? h : w;
		int oh = quarter ? w : h;
		BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		AffineTransform t = new AffineTransform();
		t.translate(ow / 2.0, oh / 2.0);
		t.rotate(Math.toRadians(degrees));
		if (degrees % 90 != 0) {
			double zoom = Math.abs(Math.cos(Math.toRadians(degrees)))
					+ Math.abs(Math.sin(Math.toRadians(degrees))) * Math.max(w, h) / Math.min(w, h);
			t.scale(zoom, zoom);
		}
		t.translate(-w / 2.0, -h / 2.0);
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
			output.flush();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	public static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Color muted(Random random) {
		return Color.getHSBColor(random.nextFloat(), 0.1f + random.nextFloat() * 0.25f,
				0.35f + random.nextFloat() * 0.45f);
	}

	private static Shape polygon(Random random, double scale) {
		return polygonAround(random, scale / 2);
	}

	private static Shape polygonAround(Random random, double radius) {
		int corners = 5 + random.nextInt(5);
		Polygon polygon = new Polygon();
		for (int i = 0; i < corners; i++) {
			double angle = 2 * Math.PI * i / corners;
			double r = radius * (0.7 + random.nextDouble() * 0.3);
			polygon.addPoint((int) (Math.cos(angle) * r), (int) (Math.sin(angle) * r));
		}
		return polygon;
	}

	private static BufferedImage noise(BufferedImage image, double sigma, Random random) {
		int w = image.getWidth();
		int h = image.getHeight();
		int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
		for (int i = 0; i < rgb.length; i++) {
			int p = rgb[i];
			int r = clip(((p >> 16) & 0xFF) + random.nextGaussian() * sigma);
			int g = clip(((p >> 8) & 0xFF) + random.nextGaussian() * sigma);
			int b = clip((p & 0xFF) + random.nextGaussian() * sigma);
			rgb[i] = (r << 16) | (g << 8) | b;
		}
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		out.setRGB(0, 0, w, h, rgb, 0, w);
		return out;
	}

	private static int clip(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

}
