package dev.kefu.bot.dialogue;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.ReturnNotPossible;

/**
 * Why a request could not be submitted, in the shopper's language and script: told from
 * the refusal's reason, never from an exception's (English) message.
 */
final class RefusalPhrases {

	private RefusalPhrases() {
	}

	/**
	 * A refused request.
	 * @param refusal why the returns module refused it
	 * @param language the shopper's language and script
	 * @return the sentence
	 */
	static String notPossible(ReturnNotPossible refusal, QueryText language) {
		return switch (refusal.why()) {
			case NO_ORDER -> Voice.say(language, "refusal.no-order");
			case NO_LINE -> Voice.say(language, "refusal.no-line");
			case ALREADY_RETURNED -> Voice.say(language, "refusal.already-returned");
			case FEWER_LEFT -> Voice.say(language, "refusal.fewer-left", refusal.left());
			case OTHER -> Voice.say(language, "refusal.other");
		};
	}

	/**
	 * A request whose photos are not (or no longer) stored.
	 * @param language the shopper's language and script
	 * @return the sentence
	 */
	static String photosMissing(QueryText language) {
		return Voice.say(language, "refusal.photos-missing");
	}

}
