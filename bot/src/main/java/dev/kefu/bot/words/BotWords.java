package dev.kefu.bot.words;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.language.ChineseScript;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalogue of the bot's sentences: each key's text per language, from the bundles
 * {@code messages/bot_zh_CN.properties}, {@code bot_zh_TW.properties} and
 * {@code bot_en.properties} (UTF-8, {@link MessageFormat} patterns: {@code {0}} for a
 * part, {@code ''} for an apostrophe). Traditional Chinese is the bundle's where written,
 * otherwise converted from the Simplified text, as the bot always did. The bundles have a
 * message source of their own rather than the application's, so that staff-page texts and
 * the bot's words never shadow each other.
 */
public final class BotWords {

	/** Legal wording, separators and the words a button sends back: shops keep these. */
	private static final Set<String> FIXED_PREFIXES = Set.of("value.", "format.", "legal.");

	private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\d+)");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	private static final BotWords BUNDLED = new BotWords("messages/bot");

	private final Bundles source;

	private final SortedSet<String> keys;

	BotWords(String basename) {
		this.source = new Bundles();
		this.source.setBasename(basename);
		this.source.setDefaultEncoding("UTF-8");
		this.source.setFallbackToSystemLocale(false);
		this.source.setAlwaysUseMessageFormat(true);
		SortedSet<String> all = new TreeSet<>(this.source.bundle(Tongue.ZH_HANS.locale()).keySet());
		all.addAll(this.source.bundle(Tongue.EN.locale()).keySet());
		this.keys = Collections.unmodifiableSortedSet(all);
	}

	/**
	 * The catalogue the bot speaks from.
	 * @return the bundled words
	 */
	public static BotWords bundled() {
		return BUNDLED;
	}

	/**
	 * Every key.
	 * @return the keys, sorted
	 */
	public SortedSet<String> keys() {
		return this.keys;
	}

	/**
	 * Whether a shop may word a key its own way: legal wording, formats and the words a
	 * button sends back (which the bot reads) stay as bundled.
	 * @param key the key
	 * @return whether the key is fixed
	 */
	public static boolean fixed(String key) {
		return FIXED_PREFIXES.stream().anyMatch(key::startsWith);
	}

	/**
	 * A key's pattern as a bundle writes it.
	 * @param key the key
	 * @param tongue the language
	 * @return the pattern, empty where the bundle has none (Traditional derived)
	 */
	public Optional<String> written(String key, Tongue tongue) {
		ResourceBundle bundle = this.source.bundle(tongue.locale());
		return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
	}

	/**
	 * A key's default pattern in a language: Traditional converted from Simplified where
	 * the bundle has none.
	 * @param key the key
	 * @param tongue the language
	 * @return the pattern
	 */
	public String pattern(String key, Tongue tongue) {
		return written(key, tongue)
			.or(() -> (tongue == Tongue.ZH_HANT) ? written(key, Tongue.ZH_HANS).map(ChineseScript::toTraditional)
					: Optional.empty())
			.orElseThrow(() -> new IllegalArgumentException("No sentence '" + key + "'"));
	}

	/**
	 * The defaults of a key in every language.
	 * @param key the key
	 * @return the pattern per language
	 */
	public Map<Tongue, String> defaults(String key) {
		Map<Tongue, String> defaults = new EnumMap<>(Tongue.class);
		for (Tongue tongue : Tongue.values()) {
			defaults.put(tongue, pattern(key, tongue));
		}
		return defaults;
	}

	/**
	 * The parts a key's sentence takes, over all its languages.
	 * @param key the key
	 * @return the argument indexes
	 */
	public SortedSet<Integer> parameters(String key) {
		SortedSet<Integer> all = new TreeSet<>();
		for (Tongue tongue : Tongue.values()) {
			written(key, tongue).ifPresent((p) -> all.addAll(parametersOf(p)));
		}
		return all;
	}

	/**
	 * The argument indexes a pattern uses.
	 * @param pattern a {@link MessageFormat} pattern
	 * @return the indexes
	 */
	public static SortedSet<Integer> parametersOf(String pattern) {
		SortedSet<Integer> found = new TreeSet<>();
		Matcher matcher = PARAMETER.matcher(QUOTED.matcher(pattern).replaceAll(""));
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	/**
	 * A bundled sentence.
	 * @param tongue the language
	 * @param key the key
	 * @param args its parts
	 * @return the sentence
	 */
	public String say(Tongue tongue, String key, Object... args) {
		if (tongue == Tongue.ZH_HANT) {
			String written = this.source.getMessage(key, args, null, tongue.locale());
			return ChineseScript.toTraditional(
					(written != null) ? written : this.source.getMessage(key, args, Tongue.ZH_HANS.locale()));
		}
		return this.source.getMessage(key, args, tongue.locale());
	}

	/**
	 * A sentence in a shop's own wording. Shops write apostrophes as they are ("You're"),
	 * unlike the bundles, so that ops need not know {@link MessageFormat}'s quoting;
	 * parts are written as in the bundles ({@code {0}}).
	 * @param text the shop's text
	 * @param tongue the language
	 * @param args its parts
	 * @return the sentence
	 */
	public static String render(String text, Tongue tongue, Object... args) {
		String said = new MessageFormat(asPattern(text), tongue.locale()).format(args);
		// Parts (an item's title) follow the shopper's script, as the bundled words do.
		return (tongue == Tongue.ZH_HANT) ? ChineseScript.toTraditional(said) : said;
	}

	/**
	 * A shop's text as a {@link MessageFormat} pattern: its apostrophes doubled.
	 * @param text the shop's text
	 * @return the pattern
	 */
	public static String asPattern(String text) {
		return text.replace("'", "''");
	}

	/**
	 * A bundle's pattern as a shop would write it: its apostrophes single.
	 * @param pattern the bundle's pattern
	 * @return the text
	 */
	public static String asShopText(String pattern) {
		return pattern.replace("''", "'");
	}

	/** The message source, able to hand out a whole bundle for the catalogue. */
	private static final class Bundles extends ResourceBundleMessageSource {

		ResourceBundle bundle(Locale locale) {
			ResourceBundle bundle = getResourceBundle(getBasenameSet().iterator().next(), locale);
			if (bundle == null) {
				throw new IllegalStateException("No bot words for " + locale);
			}
			return bundle;
		}

	}

}
