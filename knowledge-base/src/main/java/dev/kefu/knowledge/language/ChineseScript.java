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
	 * Words the character-by-character conversion gets wrong (复 is 複, 覆 or 復 by the
	 * word), and words Traditional readers write otherwise (质量 is 品質 in Taiwan and Hong
	 * Kong shop chat).
	 */
	private static final String[][] WORDS = { { "重復", "重複" }, { "回復", "回覆" }, { "答復", "答覆" }, { "松開", "鬆開" },
			{ "質量", "品質" }, { "瞭解", "了解" }, { "點贊", "點讚" } };

	/**
	 * The script a Chinese text is written in: the one more of its script-specific
	 * characters belong to. One Traditional character in a Simplified sentence (a product
	 * name, a slip of the input method) does not make it Traditional. Text with no
	 * script-specific character, or as many of each, counts as Simplified; see
	 * {@link #isNeutral} to tell such text apart.
	 * @param text the text
	 * @return its script
	 */
	public static ChineseScript of(String text) {
		return (balance(text) > 0) ? TRADITIONAL : SIMPLIFIED;
	}

	/**
	 * Whether a text shows no script: no character is written differently in the two (好的,
	 * 嗯, 可以), or both scripts count the same.
	 * @param text the text
	 * @return {@code true} when its script cannot be told
	 */
	public static boolean isNeutral(String text) {
		return balance(text) == 0;
	}

	/** Traditional-only characters minus Simplified-only ones. */
	private static int balance(String text) {
		String simplified = toSimplified(text);
		String traditional = toTraditional(text);
		int balance = 0;
		int length = Math.min(text.length(), Math.min(simplified.length(), traditional.length()));
		boolean aligned = simplified.length() == text.length() && traditional.length() == text.length();
		if (!aligned) {
			// A conversion changed the length (rare multi-character mappings): compare as
			// wholes.
			return simplified.equals(text) ? (traditional.equals(text) ? 0 : -1) : 1;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (simplified.charAt(i) != c) {
				balance++;
			}
			else if (traditional.charAt(i) != c) {
				balance--;
			}
		}
		return balance;
	}

	// ICU transliterators keep state while they run: one caller at a time.
	public static String toSimplified(String text) {
		synchronized (TO_SIMPLIFIED) {
			return TO_SIMPLIFIED.transliterate(text);
		}
	}

	public static String toTraditional(String text) {
		String traditional;
		synchronized (TO_TRADITIONAL) {
			traditional = TO_TRADITIONAL.transliterate(text);
		}
		for (String[] fix : WORDS) {
			traditional = traditional.replace(fix[0], fix[1]);
		}
		return traditional;
	}

	/**
	 * Writes a text in this script.
	 * @param text a Chinese text in either script
	 * @return the text in this script
	 */
	public String render(String text) {
		return (this == TRADITIONAL) ? toTraditional(text) : toSimplified(text);
	}

}
