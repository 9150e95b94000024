package dev.kefu.bot.problems;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a staff page is shown in: Simplified Chinese, Traditional Chinese or
 * English. A staff member's own choice (kept with their account, and remembered by the
 * browser in {@link #COOKIE} for the pages shown before they sign in) comes first;
 * otherwise the browser's first Chinese or English language decides: Traditional for a
 * Hant script or Taiwan, Hong Kong or Macau, Simplified for other Chinese, and English
 * when neither is asked for. The staff pages' script ({@code staff-common.js}) follows
 * the same rule.
 */
public final class PageLanguage {

	/** The languages of the staff pages. */
	public static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "en");

	/** The cookie that remembers, in the browser, the language the staff member chose. */
	public static final String COOKIE = "kefu-staff-language";

	private PageLanguage() {
	}

	/**
	 * Whether a value is one of the staff pages' languages.
	 * @param language the value
	 * @return {@code true} for {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 */
	public static boolean isLanguage(String language) {
		return language != null && LANGUAGES.contains(language);
	}

	/**
	 * The page language for a request: the chosen one its {@link #COOKIE} names, else the
	 * browser's ({@code Accept-Language}).
	 * @param request the request
	 * @return {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 */
	public static String of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && isLanguage(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		return browsers(Collections.list(request.getLocales()));
	}

	/**
	 * The page language for the browser's languages, most preferred first: the first
	 * Chinese or English one decides.
	 * @param locales the languages (from {@code Accept-Language})
	 * @return {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 */
	public static String browsers(List<Locale> locales) {
		return locales.stream()
			.filter((locale) -> "zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()))
			.findFirst()
			.map(PageLanguage::of)
			.orElse("en");
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
