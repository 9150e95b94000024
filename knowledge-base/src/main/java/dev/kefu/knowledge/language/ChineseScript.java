package dev.kefu.knowledge.language;

import com.ibm.icu.text.Transliterator;

/**
 * Simplified and Traditional Chinese. The index holds Simplified text; a Traditional
 * question is converted before it is searched, and an answer is converted back for a
 * shopper who writes Traditional.
 */
public enum ChineseScript {

	/** Simplified characters (mainland). */
	SIMPLIFIED,

	/** Traditional characters (Hong Kong, Taiwan, overseas). */
	TRADITIONAL;

	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

	/**
	 * The script a Chinese text is written in: Traditional when converting it to
	 * Simplified changes it. Text with no script-specific character counts as Simplified.
	 * @param text the text
	 * @return its script
	 */
	public static ChineseScript of(String text) {
		return toSimplified(text).equals(text) ? SIMPLIFIED : TRADITIONAL;
	}

	// ICU transliterators keep state while they run: one caller at a time.
	public static String toSimplified(String text) {
		synchronized (TO_SIMPLIFIED) {
			return TO_SIMPLIFIED.transliterate(text);
		}
	}

	public static String toTraditional(String text) {
		synchronized (TO_TRADITIONAL) {
			return TO_TRADITIONAL.transliterate(text);
		}
	}

	/**
	 * Writes a text in this script.
	 * @param text Chinese text in either script
	 * @return the text in this script
	 */
	public String render(String text) {
		return (this == TRADITIONAL) ? toTraditional(text) : toSimplified(text);
	}

}
