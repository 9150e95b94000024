package dev.kefu.knowledge.language;

import java.util.Locale;

/**
 * The languages Kefu answers in. Chinese covers both scripts: entries are matched across
 * them and answers are converted to the shopper's script.
 */
public enum Language {

	/** Chinese, Simplified or Traditional. */
	ZH,

	/** English. */
	EN;

	/**
	 * Shoppers write one language per message in practice; any Han character makes it
	 * Chinese, since Chinese messages often carry Latin product names and order numbers.
	 * @param text the text
	 * @return the text's language
	 */
	public static Language detect(String text) {
		return text.codePoints().anyMatch(Language::isHan) ? ZH : EN;
	}

	/**
	 * Parses a language code such as {@code zh}, {@code zh-Hant}, {@code en-GB}.
	 * @param code the code
	 * @return the language
	 */
	public static Language fromCode(String code) {
		String normalized = code.trim().toLowerCase(Locale.ROOT);
		if (normalized.startsWith("zh")) {
			return ZH;
		}
		if (normalized.startsWith("en")) {
			return EN;
		}
		throw new IllegalArgumentException("Unsupported language '" + code + "': use zh or en");
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
