package dev.kefu.bot.escalation;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.kefu.bot.dialogue.Phrases;
import dev.kefu.knowledge.search.QueryText;

/**
 * What the shopper reads about the handover, in their language and script.
 */
final class HandoffPhrases {

	private HandoffPhrases() {
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	static String connecting(QueryText language, boolean angry, Duration wait) {
		long minutes = minutes(wait);
		String zh = (angry ? "非常抱歉给您带来不好的体验。" : "") + "正在为您转接人工客服，预计等待约 " + minutes
				+ " 分钟。您可以继续留言，客服会看到我们的全部对话和您的订单，不用重复说明。";
		String en = (angry ? "I'm very sorry about this. " : "")
				+ "I'm connecting you with a person; the wait is about " + minutes
				+ ((minutes == 1) ? " minute" : " minutes")
				+ ". Keep writing if you like: they will see our whole conversation and your orders, so you won't have to repeat yourself.";
		return Phrases.say(language, zh, en);
	}

	/**
	 * A shopper already waiting asks for a person again: where they are and how long.
	 */
	static String stillWaiting(QueryText language, int ahead, Duration wait) {
		long minutes = minutes(wait);
		String zh = (ahead == 0) ? "您已经在排队了，下一位就是您，预计约 " + minutes + " 分钟。人工客服接入后会看到您的全部留言。"
				: "您已经在排队了，前面还有 " + ahead + " 位，预计等待约 " + minutes + " 分钟。人工客服接入后会看到您的全部留言。";
		String en = ((ahead == 0) ? "You're in the queue and next in line"
				: "You're in the queue with " + ahead + ((ahead == 1) ? " person" : " people") + " ahead of you")
				+ "; the wait is about " + minutes + ((minutes == 1) ? " minute" : " minutes")
				+ ". The person will see everything you write here.";
		return Phrases.say(language, zh, en);
	}

	/** A shopper whose request came in while the shop is closed: when people are back. */
	static String closed(QueryText language, ZonedDateTime opening, ZonedDateTime now) {
		boolean today = opening.toLocalDate().equals(now.toLocalDate());
		boolean tomorrow = opening.toLocalDate().equals(now.toLocalDate().plusDays(1));
		String time = opening.format(DateTimeFormatter.ofPattern("HH:mm"));
		String zhDay = today ? "今天" : tomorrow ? "明天" : opening.format(DateTimeFormatter.ofPattern("M月d日")) + "（"
				+ opening.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA) + "）";
		String enDay = today ? "today" : tomorrow ? "tomorrow"
				: "on " + opening.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH));
		String zone = opening.getZone().getId();
		String zh = "人工客服现在不在线，" + zhDay + " " + time + "（" + zone + " 时间）上班后会第一时间处理您的问题。"
				+ "您的请求已经记下，可以继续留言，客服上班后会看到全部内容。";
		String en = "Our people are away right now; they're back " + enDay + " at " + time + " (" + zone
				+ " time) and your request will be among the first they see. Keep writing if you like: they will see it all.";
		return Phrases.say(language, zh, en);
	}

	/** The offer of a person to a VIP the bot could not help; it waits for the answer. */
	static String vipOffer(QueryText language) {
		return Phrases.say(language, "抱歉没能帮上忙。作为我们的 VIP 顾客，需要为您转接人工客服吗？",
				"Sorry I couldn't help with that. As one of our VIP customers, would you like me to connect you with a person?");
	}

	static String yes(QueryText language) {
		return Phrases.say(language, "转人工", "Talk to a person");
	}

	static String yesValue(QueryText language) {
		return Phrases.say(language, "转人工", "human");
	}

	static String no(QueryText language) {
		return Phrases.say(language, "不用了", "No, thanks");
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
