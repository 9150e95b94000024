package dev.kefu.bot.words;

import java.util.Optional;
import java.util.function.Supplier;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * How the bot says a sentence to a shopper: by its key in {@link BotWords}, in the
 * shopper's language and script, in the wording of the shop the conversation belongs to
 * where it has its own.
 */
public final class Voice {

	/**
	 * The shop speaking on this thread. The sentences are said deep inside plain dialogue
	 * code that does not know the shop; the turn's entry point knows it and sets it.
	 */
	private static final ThreadLocal<ShopWording> SPEAKING = new ThreadLocal<>();

	private Voice() {
	}

	/**
	 * Runs some work with a shop's wording.
	 * @param <T> what the work gives
	 * @param wording the shop's wording
	 * @param work the work that says sentences
	 * @return what the work gives
	 */
	public static <T> T inShop(ShopWording wording, Supplier<T> work) {
		ShopWording before = SPEAKING.get();
		SPEAKING.set(wording);
		try {
			return work.get();
		}
		finally {
			if (before != null) {
				SPEAKING.set(before);
			}
			else {
				SPEAKING.remove();
			}
		}
	}

	/**
	 * A sentence for a shopper.
	 * @param shopper what the shopper wrote (their language and script)
	 * @param key the sentence's key
	 * @param args its parts
	 * @return the sentence
	 */
	public static String say(QueryText shopper, String key, Object... args) {
		return say(SPEAKING.get(), Tongue.of(shopper), key, args);
	}

	/**
	 * A sentence in a shop's wording.
	 * @param wording the shop's wording, or {@code null} for the bundle's
	 * @param tongue the language
	 * @param key the sentence's key
	 * @param args its parts
	 * @return the sentence
	 */
	public static String say(ShopWording wording, Tongue tongue, String key, Object... args) {
		if (wording != null && !BotWords.fixed(key)) {
			Optional<String> own = wording.pattern(key, tongue);
			if (own.isPresent()) {
				return BotWords.render(own.get(), tongue, args);
			}
		}
		return BotWords.bundled().say(tongue, key, args);
	}

	/**
	 * Words that come with their own Chinese and English from the shop's systems or
	 * settings (a variant's label, a rule's reason), not from the bundles.
	 * @param shopper what the shopper wrote
	 * @param chinese the Chinese, in Simplified
	 * @param english the English
	 * @return the words in the shopper's language and script
	 */
	public static String either(QueryText shopper, String chinese, String english) {
		return (shopper.language() == Language.EN) ? english : shopper.inShopperScript(chinese);
	}

}
