package dev.kefu.returns.evidence.checks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an upload once, with the reader chosen by the bytes' format: TwelveMonkeys for
 * JPEG (CMYK, YCCK, broken ICC profiles) and WebP, the JDK for PNG.
 */
final class PhotoDecoder {

	private static final Map<PhotoFormat, ImageReaderSpi> PROVIDERS = providers();

	private PhotoDecoder() {
	}

	static BufferedImage decode(byte[] bytes, PhotoFormat format, long maxPixels) {
		ImageReader reader;
		try {
			reader = PROVIDERS.get(format).createReaderInstance();
		}
		catch (IOException ex) {
			throw new IllegalStateException("the " + format.mediaType() + " reader could not be created", ex);
		}
		// A memory cache, not ImageIO's default temporary file per stream.
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > maxPixels) {
				throw new PhotoNotReadable(PhotoNotReadable.Reason.TOO_MANY_PIXELS,
						"the photo has " + pixels + " pixels, more than " + maxPixels);
			}
			BufferedImage image = reader.read(0, reader.getDefaultReadParam());
			if (image == null) {
				throw new PhotoNotReadable(PhotoNotReadable.Reason.DAMAGED, "the decoder returned no image");
			}
			return image;
		}
		catch (PhotoNotReadable ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new PhotoNotReadable(PhotoNotReadable.Reason.DAMAGED,
					"the " + format.mediaType() + " could not be decoded: " + ex.getMessage(), ex);
		}
		finally {
			reader.dispose();
		}
	}

	private static Map<PhotoFormat, ImageReaderSpi> providers() {
		// The registry scans the context class loader when ImageIO is first used; in a
		// packaged application that may not be the one holding the plugins.
		IIORegistry registry = IIORegistry.getDefaultInstance();
		registry.registerServiceProviders(
				ServiceLoader.load(ImageReaderSpi.class, PhotoDecoder.class.getClassLoader()).iterator());
		Map<PhotoFormat, ImageReaderSpi> providers = new EnumMap<>(PhotoFormat.class);
		for (PhotoFormat format : PhotoFormat.values()) {
			Iterator<ImageReaderSpi> candidates = registry.getServiceProviders(ImageReaderSpi.class,
					(provider) -> Arrays.asList(((ImageReaderSpi) provider).getMIMETypes())
						.contains(format.mediaType()),
					true);
			while (candidates.hasNext() && !providers.containsKey(format)) {
				ImageReaderSpi candidate = candidates.next();
				// The JDK's own JPEG reader fails on CMYK and YCCK photos; TwelveMonkeys
				// reads them.
				if (format == PhotoFormat.PNG || candidate.getClass().getName().startsWith("com.twelvemonkeys.")) {
					providers.put(format, candidate);
				}
			}
			if (!providers.containsKey(format)) {
				throw new IllegalStateException("no ImageIO reader for " + format.mediaType()
						+ " (TwelveMonkeys imageio-jpeg and imageio-webp must be on the class path)");
			}
		}
		return providers;
	}

}
