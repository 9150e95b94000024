package dev.kefu.bot.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the turns that are not knowledge-base questions, in Simplified and
 * Traditional Chinese and English. Short social turns must be the whole message ("谢谢" is
 * thanks; "谢谢，退款多久到账" is a question); requests for a person and for order status may be
 * part of a longer message.
 */
final class IntentRules {

	private static final Pattern GREETING = Pattern
		.compile("^(你好|您好|哈喽|哈囉|在吗|在嗎|在不在|hi|hello|hey|good (morning|afternoon|evening))[\\s!！。.,，~?？]*$");

	private static final Pattern THANKS = Pattern
		.compile("^(谢谢|謝謝|多谢|多謝|感谢|感謝|thanks|thank you|thx|ty)[\\s\\p{P}!！~]*(你|您|a lot|so much)?[\\s\\p{P}!！~]*$");

	private static final Pattern GOODBYE = Pattern.compile("^(再见|再見|拜拜|bye|goodbye|see you)[\\s\\p{P}!！~]*$");

	private static final Pattern HUMAN = Pattern.compile("(转人工|轉人工|人工客服|人工服务|人工服務|找人工|要人工|真人|客服小姐姐|"
			+ "\\bhuman\\b|\\bagent\\b|real person|speak to (a |an )?(person|someone|manager)|talk to (a |an )?(person|someone|manager))");

	private static final Pattern ORDER_STATUS = Pattern.compile("(快递到哪|快遞到哪|物流|到哪了|到哪里了|到哪裡了|查订单|查訂單|"
			+ "发货了吗|發貨了嗎|什么时候到|什麼時候到|where is my (order|parcel|package)|where's my (order|parcel|package)|"
			+ "track(ing)? (my )?(order|parcel|package)|order status|has my order (shipped|been shipped))");

	private IntentRules() {
	}

	static Intent classify(String text) {
		String normalized = text.strip().toLowerCase(Locale.ROOT);
		if (normalized.isEmpty() || normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return Intent.NOT_UNDERSTOOD;
		}
		if (HUMAN.matcher(normalized).find()) {
			return Intent.HUMAN;
		}
		if (ORDER_STATUS.matcher(normalized).find()) {
			return Intent.ORDER_STATUS;
		}
		if (GREETING.matcher(normalized).matches()) {
			return Intent.GREETING;
		}
		if (THANKS.matcher(normalized).matches()) {
			return Intent.THANKS;
		}
		if (GOODBYE.matcher(normalized).matches()) {
			return Intent.GOODBYE;
		}
		return Intent.FAQ;
	}

}
