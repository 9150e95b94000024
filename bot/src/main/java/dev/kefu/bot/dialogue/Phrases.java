package dev.kefu.bot.dialogue;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * The bot's own sentences, in the shopper's language and script (Chinese is written here
 * in Simplified and converted for shoppers who write Traditional).
 */
public final class Phrases {

	private Phrases() {
	}

	public static String say(QueryText shopper, String chinese, String english) {
		if (shopper.language() == Language.EN) {
			return english;
		}
		return shopper.inShopperScript(chinese);
	}

}
