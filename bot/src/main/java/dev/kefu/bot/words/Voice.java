package dev.kefu.bot.words;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * How the bot says a sentence to a shopper: by its key in {@link BotWords}, in the
 * shopper's language and script.
 */
public final class Voice {

	private Voice() {
	}

	/**
	 * A sentence for a shopper.
	 * @param shopper what the shopper wrote (their language and script)
	 * @param key the sentence's key
	 * @param args its parts
	 * @return the sentence
	 */
	public static String say(QueryText shopper, String key, Object... args) {
		return BotWords.bundled().say(Tongue.of(shopper), key, args);
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
