package dev.kefu.returns.approval;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The catalogue of the returns module's sentences (settlement lines, risk reasons, legal
 * wording, the workflow's refusals), from the bundles
 * {@code messages/returns_zh_CN.properties}, {@code returns_en.properties} and
 * {@code returns_zh_TW.properties} (UTF-8, {@link MessageFormat} patterns: {@code {0}}
 * for a part, {@code ''} for an apostrophe). The module does not know the bot's
 * catalogue, and its sentences cross to the bot as {@link LocalizedText}: Simplified and
 * English always, Traditional where {@code returns_zh_TW} writes it, otherwise converted
 * by the reader as before. Parts are passed as text, not numbers, so that no grouping
 * separator creeps into a figure.
 */
public final class ReturnsWords {

	/** Where the bundles are, for the catalogue test. */
	static final String BASENAME = "messages/returns";

	static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static final Locale TRADITIONAL = Locale.TRADITIONAL_CHINESE;

	// No fallback: a key missing in one language is an error, not another language's
	// text.
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ReturnsWords() {
	}

	/**
	 * A sentence in every language.
	 * @param key the key
	 * @param args its parts
	 * @return the sentence
	 */
	public static LocalizedText text(String key, Object... args) {
		return new LocalizedText(say(SIMPLIFIED, key, args), say(ENGLISH, key, args),
				written(key, TRADITIONAL).map((p) -> format(p, TRADITIONAL, args)).orElse(null));
	}

	/**
	 * A sentence, or a part of one, in one language.
	 * @param locale {@code zh_CN} or {@code en}
	 * @param key the key
	 * @param args its parts
	 * @return the sentence
	 */
	public static String say(Locale locale, String key, Object... args) {
		return format(written(key, locale).orElseThrow(
				() -> new MissingResourceException("No returns sentence '" + key + "' in " + locale, BASENAME, key)),
				locale, args);
	}

	/**
	 * A key's pattern as a bundle writes it.
	 * @param key the key
	 * @param locale the bundle's language
	 * @return the pattern, empty where the bundle has none
	 */
	static Optional<String> written(String key, Locale locale) {
		ResourceBundle bundle = bundle(locale);
		return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
	}

	/**
	 * The keys a bundle writes.
	 * @param locale the bundle's language
	 * @return the keys, sorted
	 */
	static SortedSet<String> keys(Locale locale) {
		return Collections.unmodifiableSortedSet(new TreeSet<>(bundle(locale).keySet()));
	}

	static ResourceBundle bundle(Locale locale) {
		// Properties bundles are read as UTF-8 since Java 9.
		return ResourceBundle.getBundle(BASENAME, locale, ReturnsWords.class.getClassLoader(), CONTROL);
	}

	private static String format(String pattern, Locale locale, Object... args) {
		return new MessageFormat(pattern, locale).format(args);
	}

}
