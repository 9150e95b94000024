package dev.kefu.returns.evidence.checks;

import java.util.Optional;

/**
 * The upload formats the checks read, known by their first bytes (never by the name or
 * the content type a client claims).
 */
public enum PhotoFormat {

	/** {@code image/jpeg}. */
	JPEG("image/jpeg"),

	/** {@code image/png}. */
	PNG("image/png"),

	/** {@code image/webp}, lossy or lossless. */
	WEBP("image/webp");

	private final String mediaType;

	PhotoFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/**
	 * The media type uploads of this format carry.
	 * @return e.g. {@code image/jpeg}
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format the bytes start like.
	 * @param bytes a file's bytes
	 * @return the format, or empty for anything else (GIF, TIFF, HEIC, text...)
	 */
	public static Optional<PhotoFormat> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
