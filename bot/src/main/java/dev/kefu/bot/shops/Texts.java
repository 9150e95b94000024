package dev.kefu.bot.shops;

import java.util.Locale;

import dev.kefu.knowledge.language.ChineseScript;

/**
 * Words a shop writes once per language people read: Simplified Chinese, Traditional
 * Chinese and English. Traditional may be left blank, and is then derived from
 * Simplified.
 *
 * @param zhHans Simplified Chinese
 * @param zhHant Traditional Chinese, or blank to derive it
 * @param en English
 */
public record Texts(String zhHans, String zhHant, String en) {

	public Texts {
		zhHans = (zhHans != null) ? zhHans.strip() : "";
		zhHant = (zhHant != null) ? zhHant.strip() : "";
		en = (en != null) ? en.strip() : "";
	}

	/**
	 * The same text in every language.
	 * @param text the text
	 * @return the texts
	 */
	public static Texts of(String text) {
		return new Texts(text, "", text);
	}

	/**
	 * The text for a language tag.
	 * @param language {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 * @return the text (Traditional derived from Simplified when not written), or blank
	 */
	public String in(String language) {
		return switch (language.toLowerCase(Locale.ROOT)) {
			case "zh-hant" -> this.zhHant.isEmpty() ? ChineseScript.toTraditional(this.zhHans) : this.zhHant;
			case "en" -> this.en;
			default -> this.zhHans;
		};
	}

	/**
	 * Whether nothing is written in any language.
	 * @return whether all three are empty
	 */
	boolean isEmpty() {
		return this.zhHans.isEmpty() && this.zhHant.isEmpty() && this.en.isEmpty();
	}

	boolean isBlank() {
		return this.zhHans.isEmpty() && this.en.isEmpty();
	}

}
