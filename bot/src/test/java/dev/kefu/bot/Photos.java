package dev.kefu.bot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

/**
 * Photos for tests: a small real PNG, and uploading one to a conversation the way the
 * widget does (multipart, with the shopper's token).
 */
public final class Photos {

	private Photos() {
	}

	public static HttpResponse<String> upload(int port, String token, String conversation, String filename, String type,
			byte[] bytes) throws Exception {
		return upload(port, token, conversation, filename, type, bytes, "zh-CN");
	}

	public static HttpResponse<String> upload(int port, String token, String conversation, String filename, String type,
			byte[] bytes, String acceptLanguage) throws Exception {
		String boundary = "kefu-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + port + "/api/shopper/conversations/" + conversation + "/attachments"))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", acceptLanguage)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A photo the checks find usable (large enough, sharp, well exposed), different on
	 * every call so that no two tests' photos are copies of each other.
	 */
	public static byte[] png() throws Exception {
		return png(drawn(new Random(), 640, 480));
	}

	/**
	 * The photo out of focus (shrunk and enlarged again): not usable.
	 */
	public static byte[] blurredPng() throws Exception {
		BufferedImage sharp = drawn(new Random(), 640, 480);
		return png(resized(resized(sharp, 64, 48), 640, 480));
	}

	/**
	 * A sharp photo drawn from a seed, so that a test can send the same one again.
	 */
	public static BufferedImage drawn(Random random, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(90 + random.nextInt(60), 90 + random.nextInt(60), 90 + random.nextInt(60)));
		g.fillRect(0, 0, width, height);
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(40 + random.nextInt(170), 40 + random.nextInt(170), 40 + random.nextInt(170)));
			int w = 10 + random.nextInt(width / 3);
			int h = 10 + random.nextInt(height / 3);
			g.fillRect(random.nextInt(width - w), random.nextInt(height - h), w, h);
		}
		g.dispose();
		return image;
	}

	public static BufferedImage resized(BufferedImage image, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

	public static byte[] png(BufferedImage image) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
