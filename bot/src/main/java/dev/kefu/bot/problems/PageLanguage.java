package dev.kefu.bot.problems;

import java.util.Locale;

/**
 * The language a page is shown in, from the browser's: Simplified Chinese, Traditional
 * Chinese (a Hant script, or Taiwan, Hong Kong or Macau), or English for anything else.
 */
public final class PageLanguage {

	private PageLanguage() {
	}

	/**
	 * The page language for a locale.
	 * @param locale the request's locale (from {@code Accept-Language})
	 * @return {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 */
	public static String of(Locale locale) {
		if (!"zh".equals(locale.getLanguage())) {
			return "en";
		}
		String script = locale.getScript();
		String country = locale.getCountry();
		boolean traditional = "Hant".equals(script)
				|| (script.isEmpty() && ("TW".equals(country) || "HK".equals(country) || "MO".equals(country)));
		return traditional ? "zh-Hant" : "zh-Hans";
	}

}
