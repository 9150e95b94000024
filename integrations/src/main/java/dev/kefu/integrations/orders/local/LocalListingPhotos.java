package dev.kefu.integrations.orders.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import dev.kefu.returns.evidence.ListingPhotos;

/**
 * The local adapter's listing photos: a product picture drawn in code per shop and SKU
 * (the same every time), for the URLs its demo lines give on a reserved host that never
 * resolves. Any other URL is no photo: the local adapter reads nothing from the network.
 */
public final class LocalListingPhotos implements ListingPhotos {

	/** The host of the local lines' listing photos ({@code .invalid} never resolves). */
	public static final String HOST = "listing-photos.kefu.invalid";

	private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]+)/([A-Za-z0-9_.-]+)\\.png");

	private static final int SIDE = 800;

	@Override
	public Optional<byte[]> fetch(String shopId, URI url) {
		if (url == null || !"https".equals(url.getScheme()) || !HOST.equals(url.getHost()) || url.getPath() == null) {
			return Optional.empty();
		}
		Matcher m = PATH.matcher(url.getPath());
		if (!m.matches() || !m.group(1).equals(shopId)) {
			return Optional.empty();
		}
		return Optional.of(picture(shopId, m.group(2)));
	}

	/**
	 * The listing picture of a product, as a PNG.
	 * @param shopId the shop
	 * @param sku the product's SKU
	 * @return the picture
	 */
	public static byte[] picture(String shopId, String sku) {
		Random random = new Random((shopId + "/" + sku).hashCode());
		BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		// A studio backdrop, a product of the SKU's colour with its stitching and a
		// label: detail enough for the perceptual hash to tell one product from another.
		g.setPaint(new GradientPaint(0, 0, new Color(246, 244, 240), 0, SIDE, new Color(222, 218, 210)));
		g.fillRect(0, 0, SIDE, SIDE);
		Color body = Color.getHSBColor(random.nextFloat(), 0.45f + random.nextFloat() * 0.3f,
				0.55f + random.nextFloat() * 0.3f);
		int w = 360 + random.nextInt(160);
		int h = 380 + random.nextInt(160);
		int x = (SIDE - w) / 2;
		int y = (SIDE - h) / 2 + 20;
		g.setColor(new Color(0, 0, 0, 40));
		g.fill(new RoundRectangle2D.Double(x + 14, y + 18, w, h, 60, 60));
		g.setColor(body);
		g.fill(new RoundRectangle2D.Double(x, y, w, h, 60, 60));
		g.setColor(body.darker());
		g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] { 8, 8 }, 0));
		g.draw(new RoundRectangle2D.Double(x + 18, y + 18, w - 36, h - 36, 44, 44));
		for (int i = 0; i < 6; i++) {
			g.setColor(body.brighter());
			int px = x + 30 + random.nextInt(Math.max(1, w - 120));
			int py = y + 30 + random.nextInt(Math.max(1, h - 120));
			g.fillOval(px, py, 30 + random.nextInt(60), 30 + random.nextInt(60));
		}
		g.setColor(Color.WHITE);
		g.fillRect(x + w / 2 - 70, y + 40, 140, 56);
		g.setColor(new Color(60, 60, 60));
		g.drawString(sku, x + w / 2 - 60, y + 74);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
