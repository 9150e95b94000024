package dev.kefu.knowledge.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.language.CantoneseWords;
import dev.kefu.knowledge.language.ChatSpellings;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.language.Language;

/**
 * A shopper's text made fit to search: bounded in length, Unicode-normalised (full-width
 * letters, compatibility forms), lower-cased (the embedding vocabularies are lower-case)
 * and, for Chinese, in Simplified characters. Nothing in it is ever interpreted as query
 * syntax.
 *
 * @param original what the shopper wrote, cut to the limit
 * @param normalized the searchable form
 * @param language the detected language
 * @param script the Chinese script, or {@code null} for English
 */
public record QueryText(String original, String normalized, Language language, ChineseScript script) {

	/**
	 * Longer input is cut: a question never needs more, and long garbage must not slow
	 * search.
	 */
	public static final int MAX_LENGTH = 300;

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * ASCII shorthand typed by Chinese and English shoppers alike: it says nothing about
	 * the language to answer in.
	 */
	private static final Set<String> SHORTHAND = Set.of("ok", "okk", "okok", "k", "kk", "3q", "88", "886", "666");

	public static QueryText of(String text) {
		String bounded = cut((text != null) ? text.strip() : "");
		Language language = Language.detect(bounded);
		ChineseScript script = (language == Language.ZH) ? ChineseScript.of(bounded) : null;
		return new QueryText(bounded, normalize(bounded, language), language, script);
	}

	/**
	 * What the knowledge base is searched with: the normalised text, its written
	 * Cantonese and its internet spellings (木有, 肿么) in Mandarin words. Only the question
	 * is read so: the entries keep the Cantonese phrasings ops wrote ("几时出货"), which
	 * would otherwise read as Mandarin questions of other entries, and the anger signals
	 * keep reading the shopper's own words.
	 * @return the text to search with
	 */
	public String searchable() {
		return (this.language == Language.ZH) ? CantoneseWords.inMandarin(ChatSpellings.standard(this.normalized))
				: this.normalized;
	}

	/**
	 * The searchable form of any knowledge-base text (questions and phrasings are indexed
	 * in it).
	 * @param text the text
	 * @param language its language
	 * @return the normalised text
	 */
	public static String normalize(String text, Language language) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		// Order, parcel and phone numbers say nothing about what is asked; left in, they
		// pull the
		// embedding towards whichever phrasing happens to hold a number.
		String masked = LONG_NUMBER.matcher(folded).replaceAll("#");
		String collapsed = WHITESPACE.matcher(masked).replaceAll(" ").strip();
		return (language == Language.ZH) ? ChineseScript.toSimplified(collapsed) : collapsed;
	}

	/**
	 * An entry's phrasings as the index holds them: normalised, without blanks or
	 * repeats. The eval's throw-away index and the production index both go through here,
	 * so they cannot drift apart.
	 * @param phrasings the question first, then the alternatives
	 * @param language the entry's language
	 * @return the searchable phrasings, in order
	 */
	public static List<String> normalizeAll(List<String> phrasings, Language language) {
		return phrasings.stream()
			.map((phrasing) -> normalize(phrasing, language))
			.filter((phrasing) -> !phrasing.isBlank())
			.distinct()
			.toList();
	}

	/**
	 * Chinese text written in the shopper's script: converted to Traditional for a
	 * shopper who writes Traditional, as it is otherwise.
	 * @param chinese text in Simplified Chinese
	 * @return the text in the shopper's script
	 */
	public String inShopperScript(String chinese) {
		return (this.script == ChineseScript.TRADITIONAL) ? ChineseScript.toTraditional(chinese) : chinese;
	}

	/**
	 * This text as part of a conversation: a message that shows no language (only an
	 * order or item number, digits, "ok") keeps the language and script of the shopper's
	 * previous message, and Chinese that shows no script (好的, 可以) keeps its script.
	 * @param previous the shopper's previous message, or {@code null}
	 * @return the text with the language and script to answer in
	 */
	public QueryText inConversation(QueryText previous) {
		if (previous == null) {
			return this;
		}
		if (this.language == Language.EN && showsNoLanguage(this.original)) {
			return new QueryText(this.original, this.normalized, previous.language, previous.script);
		}
		if (this.language == Language.ZH && previous.language == Language.ZH
				&& ChineseScript.isNeutral(this.original)) {
			return new QueryText(this.original, this.normalized, this.language, previous.script);
		}
		return this;
	}

	private static boolean showsNoLanguage(String text) {
		Matcher tokens = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
		while (tokens.find()) {
			String token = tokens.group();
			boolean code = token.chars().anyMatch(Character::isDigit);
			if (!code && !SHORTHAND.contains(token)) {
				return false;
			}
		}
		return true;
	}

	public boolean isBlank() {
		return this.normalized.isBlank();
	}

	private static String cut(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		int end = MAX_LENGTH;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

}
