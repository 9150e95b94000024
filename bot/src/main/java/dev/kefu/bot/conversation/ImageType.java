package dev.kefu.bot.conversation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The photo types shoppers may send, recognised by their first bytes rather than by what
 * the client claims, so that nothing else is stored or served back as an image.
 */
enum ImageType {

	/** JPEG: FF D8 FF. */
	JPEG("image/jpeg"),

	/** PNG: 89 50 4E 47 0D 0A 1A 0A. */
	PNG("image/png"),

	/** WebP: RIFF, four length bytes, WEBP. */
	WEBP("image/webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String mediaType;

	ImageType(String mediaType) {
		this.mediaType = mediaType;
	}

	String mediaType() {
		return this.mediaType;
	}

	static Optional<ImageType> of(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

}
