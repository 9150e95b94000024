package dev.kefu.bot.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text Kefu accepts from outside. PostgreSQL refuses NUL in text columns, other C0
 * controls have no business in a chat or a knowledge-base entry, a lone surrogate is not
 * a character at all, and bytes that are not strict UTF-8 (an overlong {@code C0 AF} is
 * "/" to a lenient decoder) let one string mean two things. Tab, line feed and carriage
 * return stay allowed: people write paragraphs.
 */
public final class TextPolicy {

	private TextPolicy() {
	}

	/**
	 * Checks decoded text.
	 * @param text the text
	 * @return what is wrong with it, or empty when it is acceptable
	 */
	public static Optional<String> violation(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return Optional.of(String.format("contains the control character U+%04X at position %d", (int) c, i));
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return Optional.of("contains an unpaired surrogate at position " + i);
			}
			if (Character.isLowSurrogate(c)) {
				return Optional.of("contains an unpaired surrogate at position " + i);
			}
		}
		return Optional.empty();
	}

	/**
	 * Checks bytes that should be UTF-8 text: strictly decoded (no overlong forms, no
	 * encoded surrogates), then as text.
	 * @param bytes the bytes
	 * @return what is wrong with them, or empty when they are acceptable
	 */
	public static Optional<String> violation(byte[] bytes) {
		String decoded;
		try {
			decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Optional.of("is not valid UTF-8");
		}
		return violation(decoded);
	}

}
