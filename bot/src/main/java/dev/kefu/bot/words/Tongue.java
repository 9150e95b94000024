package dev.kefu.bot.words;

import java.util.Locale;

import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * The three ways the bot writes: Simplified Chinese, Traditional Chinese and English,
 * each with the tag staff use for it and the locale of its bundle.
 */
public enum Tongue {

	/** Simplified Chinese, the bundles' own Chinese. */
	ZH_HANS("zh-Hans", Locale.SIMPLIFIED_CHINESE),

	/** Traditional Chinese: written where a bundle or shop has it, else converted. */
	ZH_HANT("zh-Hant", Locale.TRADITIONAL_CHINESE),

	/** English. */
	EN("en", Locale.ENGLISH);

	private final String tag;

	private final Locale locale;

	Tongue(String tag, Locale locale) {
		this.tag = tag;
		this.locale = locale;
	}

	/**
	 * The tag staff pages and shop settings use.
	 * @return {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 */
	public String tag() {
		return this.tag;
	}

	Locale locale() {
		return this.locale;
	}

	/**
	 * The tongue a shopper writes in.
	 * @param shopper what the shopper wrote
	 * @return the tongue to answer in
	 */
	public static Tongue of(QueryText shopper) {
		if (shopper.language() == Language.EN) {
			return EN;
		}
		return (shopper.script() == ChineseScript.TRADITIONAL) ? ZH_HANT : ZH_HANS;
	}

	/**
	 * The tongue for a tag.
	 * @param tag {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 * @return the tongue
	 * @throws IllegalArgumentException for any other tag
	 */
	public static Tongue ofTag(String tag) {
		for (Tongue tongue : values()) {
			if (tongue.tag.equals(tag)) {
				return tongue;
			}
		}
		throw new IllegalArgumentException("Unknown language '" + tag + "': use zh-Hans, zh-Hant or en");
	}

}
