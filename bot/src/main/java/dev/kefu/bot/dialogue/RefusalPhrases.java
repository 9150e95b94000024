package dev.kefu.bot.dialogue;

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
			case NO_ORDER ->
				Phrases.say(language, "无法提交：没有找到您的这笔订单。", "That can't be submitted: I can't find this order of yours.");
			case NO_LINE -> Phrases.say(language, "无法提交：订单里没有这件商品了。",
					"That can't be submitted: the order no longer has this item.");
			case ALREADY_RETURNED -> Phrases.say(language, "无法提交：这件商品已经退货或正在退货。",
					"That can't be submitted: this item is already returned or being returned.");
			case FEWER_LEFT -> Phrases.say(language, "无法提交：这件商品只剩 " + refusal.left() + " 件可以退。",
					"That can't be submitted: only " + refusal.left() + " of this item can still be returned.");
			case OTHER -> Phrases.say(language, "无法提交，请稍后再试或转人工。",
					"That can't be submitted; please try again later or ask for a person.");
		};
	}

	/**
	 * A request whose photos are not (or no longer) stored.
	 * @param language the shopper's language and script
	 * @return the sentence
	 */
	static String photosMissing(QueryText language) {
		return Phrases.say(language, "无法提交：照片没有保存成功，请重新发送照片。",
				"That can't be submitted: the photos weren't saved; please send them again.");
	}

}
