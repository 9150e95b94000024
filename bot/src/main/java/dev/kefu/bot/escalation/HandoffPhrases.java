package dev.kefu.bot.escalation;

import java.time.Duration;

import dev.kefu.bot.dialogue.Phrases;
import dev.kefu.knowledge.search.QueryText;

/**
 * What the shopper reads about the handover, in their language and script.
 */
final class HandoffPhrases {

	private HandoffPhrases() {
	}

	static String connecting(QueryText language, boolean angry, Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		String zh = (angry ? "非常抱歉给您带来不好的体验。" : "") + "正在为您转接人工客服，预计等待约 " + minutes
				+ " 分钟。您可以继续留言，客服会看到我们的全部对话和您的订单，不用重复说明。";
		String en = (angry ? "I'm very sorry about this. " : "")
				+ "I'm connecting you with a person; the wait is about " + minutes
				+ ((minutes == 1) ? " minute" : " minutes")
				+ ". Keep writing if you like: they will see our whole conversation and your orders, so you won't have to repeat yourself.";
		return Phrases.say(language, zh, en);
	}

	static String agentJoined(QueryText language) {
		return Phrases.say(language, "人工客服已接入，正在查看您的问题。", "A person has joined and is reading your conversation.");
	}

	static String handedBack(QueryText language) {
		return Phrases.say(language, "人工客服已结束接待，接下来由智能客服继续为您服务。",
				"The person has handed you back to the assistant; I'm here if you need anything else.");
	}

	static String requeued(QueryText language) {
		return Phrases.say(language, "客服暂时离开了，正在为您转接其他客服，请稍候。",
				"Your agent had to step away; I'm connecting you with another person.");
	}

}
