package dev.kefu.bot.dialogue;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a follow-up's new topic brings ("皮鞋" in "皮鞋呢" after "衣服怎么洗"), and whether an
 * entry speaks of any of them. Chinese has no spaces, so its words are taken as pairs of
 * characters; numbers and Latin words are taken whole, so that "双12" is not found in
 * "双11".
 */
final class TopicWords {

	private static final Pattern TOKENS = Pattern.compile("\\p{IsHan}+|[\\p{IsLatin}\\d][\\p{IsLatin}\\d'.]*");

	/** Pairs that carry no topic of their own ("我是花呗付的呢": 花呗 is the topic). */
	private static final Set<String> FUNCTION_PAIRS = Set.of("我是", "我的", "的呢", "是的", "如果", "要是", "的话", "这个", "那个", "這個",
			"那個", "可以", "能不", "还能", "還能", "我在", "我家", "我們", "我们", "呢个", "係咪", "咁樣", "怎么", "怎麼", "什么", "什麼", "一下", "还有",
			"還有");

	/**
	 * Characters that carry grammar, not a topic: a pair holding one ("杀的", "算不", "我要")
	 * is no word of the topic, so "秒杀的算不算" brings 秒杀 alone.
	 */
	private static final String FUNCTION_CHARS = "的了吗嗎呢吧啊呀么麼不没沒唔冇我你他她它们們是得要能会會也都就还還又在有个個这這那嘅咗㗎啲喎";

	/**
	 * Pairs holding a grammar character that are words of a topic all the same: 会员 is a
	 * member, not "can"; 在家 is where the shopper is.
	 */
	private static final Set<String> CONTENT_PAIRS = Set.of("会员", "在家", "有货", "没货", "有效");

	private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "what", "about", "how", "with",
			"that", "this", "can", "are", "you", "your", "does", "did", "was", "will", "still", "also", "then", "out",
			"our", "mine", "any", "have", "has", "get", "there", "they", "them", "its", "not", "but", "though",
			"already", "is", "it", "if", "i'm", "im", "my", "me", "do", "of", "to", "in", "on", "at", "be", "or", "an",
			"a");

	/**
	 * The share of a topic's words an entry must hold: one pair of a long follow-up ("今晚"
	 * of "今晚主播是谁" in the live-stream times) is not what it asks. Chosen on the dev sets.
	 */
	private static final double LEAST_SHARE = 0.25;

	private static final int MANY_PAIRS = 4;

	private TopicWords() {
	}

	/**
	 * The words of a new topic that the previous question did not already hold.
	 * @param topic the follow-up's topic
	 * @param previous the question before it
	 * @return its words; empty when it brings none
	 */
	static Set<String> brought(String topic, String previous) {
		Set<String> words = words(topic);
		words.removeAll(words(previous));
		return words;
	}

	/**
	 * Whether a text says nothing beyond grammar and the characters of another: "会送" of
	 * "會送幾個啊" after "買保養品有沒有送小樣" brings no topic of its own.
	 * @param text what is left of a follow-up
	 * @param previous the question before it
	 * @return whether every character is a grammar one or one the previous question holds
	 */
	static boolean onlyFrom(String text, String previous) {
		return text.codePoints()
			.allMatch((c) -> Character.isWhitespace(c) || FUNCTION_CHARS.indexOf(c) >= 0
					|| (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && previous.indexOf(c) >= 0));
	}

	/**
	 * Whether an entry speaks of enough of the words.
	 * @param words a topic's words
	 * @param entryText what the entry says
	 * @return whether at least a quarter of the words, and one at least, are among the
	 * entry's
	 */
	static boolean spokenOf(Set<String> words, String entryText) {
		long found = found(words, entryText);
		// Chinese pairs overlap ("老用", "用户", "户回", "回归" are two words), so one pair of
		// four or more is one word of two.
		long pairs = words.stream()
			.filter((word) -> Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN)
			.count();
		return found > 0 && found >= LEAST_SHARE * words.size() && (pairs < MANY_PAIRS || found >= 2);
	}

	/**
	 * Whether an entry holds any of the words: for a condition on the same question,
	 * where one word the answer speaks of ("吊牌" of "吊牌我剪了还行吗") is enough.
	 * @param words a condition's words
	 * @param entryText what the entry says
	 * @return whether one of the words is among the entry's
	 */
	static boolean mentions(Set<String> words, String entryText) {
		return found(words, entryText) > 0;
	}

	/**
	 * How many of the words an entry holds.
	 * @param words a topic's words
	 * @param entryText what the entry says
	 * @return the count
	 */
	static long found(Set<String> words, String entryText) {
		Set<String> said = words(entryText);
		return words.stream().filter(said::contains).count();
	}

	private static Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = TOKENS.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			String token = matcher.group();
			if (Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN) {
				int[] chars = token.codePoints().toArray();
				for (int i = 0; i + 1 < chars.length; i++) {
					String pair = new String(chars, i, 2);
					if (CONTENT_PAIRS.contains(pair) || (!FUNCTION_PAIRS.contains(pair)
							&& FUNCTION_CHARS.indexOf(chars[i]) < 0 && FUNCTION_CHARS.indexOf(chars[i + 1]) < 0)) {
						words.add(pair);
					}
				}
			}
			else if (!FUNCTION_WORDS.contains(token)) {
				words.add(stem(token));
			}
		}
		return words;
	}

	/**
	 * Enough of English endings that "graduate" finds "graduated", "styles" "style" and
	 * "expire" "expiry".
	 */
	private static String stem(String word) {
		String stem = word.replaceAll("[.']+$", "");
		for (String ending : new String[] { "ing", "ed", "es", "s" }) {
			if (stem.length() > ending.length() + 3 && stem.endsWith(ending)) {
				stem = stem.substring(0, stem.length() - ending.length());
				break;
			}
		}
		// "expiry" and "expire", "delivery" and "deliver" are one word.
		return (stem.length() > 4 && (stem.endsWith("e") || stem.endsWith("y"))) ? stem.substring(0, stem.length() - 1)
				: stem;
	}

}
