package dev.kefu.bot.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the turns that are not knowledge-base questions, in Simplified and
 * Traditional Chinese, Cantonese and English: requests to act (a person, a return, order
 * status), which may be part of a longer message, then social turns and statements
 * ({@link SocialTurns}), which must be the whole message ("谢谢" is thanks; "谢谢，退款多久到账" is
 * a question about refunds).
 */
final class IntentRules {

	private static final Pattern ORDER_STATUS = Pattern.compile(
			"(快递到哪|快遞到哪|(包裹|快递|快遞|速遞|速递|件貨|件货|訂單|订单|查下|查吓|查嚇).{0,2}(去咗邊|去咗边|去到邊|去到边|到咗邊|到咗边)|(?<!交给|交給|给|給)物流(?!(单号|單號).{0,6}填)|到哪了|到哪里了|到哪裡了|查订单|查訂單|"
					+ "发货了吗|發貨了嗎|什么时候到|什麼時候到|(快递|快遞|包裹).{0,4}到了没|到了没.{0,4}(快递|快遞|包裹)|where is my (order|parcel|package)|where's my (order|parcel|package)|"
					+ "track(ing)? (my )?(order|parcel|package)|order status|has my order (shipped|been shipped))");

	private static final Pattern RETURN_STATUS = Pattern
		.compile("(退货进度|退貨進度|(退貨|退货|退款).{0,2}(去到邊|去到边|去咗邊|去咗边)|退款进度|退款進度|退款到哪|退款什么时候到|退款什麼時候到|"
				+ "退货到哪|退貨到哪|退换货进度|退換貨進度|换货进度|換貨進度|申请进度|申請進度|"
				+ "return status|status of my (return|refund|exchange)|where is my (refund|return|exchange)|"
				+ "where's my (refund|return)|has my refund|refund status)");

	private static final Pattern RETURN_CANCEL = Pattern
		.compile("(取消退货|取消退貨|取消退款|取消换货|取消換貨|不退了|不换了|不換了|" + "cancel (my |the )?(return|refund|exchange))");

	// Only requests to act: "怎么退货" and "退货运费谁出" are questions for the knowledge base.
	private static final Pattern EXCHANGE = Pattern.compile("(我要换|我想换|想要换|要换货|想换货|申请换货|申請換貨|帮我换|幫我換|我要換|我想換|"
			+ "换个尺码|換個尺碼|换尺码|換尺碼|换个颜色|換個顏色|换一个|換一個|i want to exchange|i'd like to exchange|"
			+ "i would like to exchange|exchange (it|this|my)|swap (it|this) for|(need|want) (a )?(different|another) size)");

	private static final Pattern RETURN = Pattern.compile("(我要退|我想退|想要退|要退货|想退货|申请退货|申請退貨|帮我退|幫我退|我要退貨|"
			+ "我想退貨|办理退货|辦理退貨|i want to return|i'd like to return|i would like to return|start a return|"
			+ "want to send (it|this) back|return (this|my) (order|item|dress|jeans|sweater|coat|candle)|i want a refund)");

	private static final Pattern ACCEPT_REFUND = Pattern
		.compile("^(改为退款|改為退款|改成退款|退款吧|refund instead|i'?ll take a refund)[\\s\\p{P}]*$");

	private static final Pattern DISPUTE = Pattern.compile("^(申诉|申訴|我要申诉|我要申訴|dispute|i disagree|appeal)[\\s\\p{P}]*$");

	/**
	 * A question about the people rather than a request for one ("人工客服几点上班"): the
	 * knowledge base answers it.
	 */
	private static final Pattern ASKS_ABOUT_PEOPLE = Pattern
		.compile("(几点|什么时候|什麼時候|几时|幾點|上班|下班|时间|時間|hours|what time|when)");

	/**
	 * Whether the bot is a person ("那你是真人嗎", "are you a real person"): a question the
	 * knowledge base answers, not a request for one.
	 */
	private static final Pattern ASKS_IF_PERSON = Pattern
		.compile("(你|妳|您|客服)?(是|係)(不是|唔係|咪)?真人(吗|嗎|么|麼|嚟㗎|嚟|还是|還是|定係)?|"
				+ "\\b(are you|is this|am i talking to|am i chatting with) (a |an )?(real )?(person|human)\\b");

	/** Requests to act, tried in this order (a return's status before a new return). */
	private static final List<Map.Entry<Intent, Pattern>> ACTIONS = List.of(
			Map.entry(Intent.RETURN_STATUS, RETURN_STATUS), Map.entry(Intent.RETURN_CANCEL, RETURN_CANCEL),
			Map.entry(Intent.EXCHANGE, EXCHANGE), Map.entry(Intent.RETURN, RETURN),
			Map.entry(Intent.ORDER_STATUS, ORDER_STATUS));

	/** A message of nothing but thumbs up, OK hands and the like. */
	private static final Pattern NODS = Pattern.compile(
			"(?:[\\s~～!！.。]*(?:👌|👍|🆗|✅|🙏|🙆|🙆‍♀️|🙆‍♂️|🤝)(?:\\x{1F3FB}|\\x{1F3FC}|\\x{1F3FD}|\\x{1F3FE}|\\x{1F3FF}|\\x{FE0F})*)+[\\s~～!！.。]*");

	/** A wave alone says hello; folded hands alone say thanks. */
	private static final Pattern WAVES = only("👋");

	private static final Pattern BOWS = only("🙏");

	private IntentRules() {
	}

	/** A message of one emoji, in any skin tone, once or more, with marks between. */
	private static Pattern only(String emoji) {
		return Pattern.compile("[\\s~～!！.。]*(?:" + emoji
				+ "(?:\\x{1F3FB}|\\x{1F3FC}|\\x{1F3FD}|\\x{1F3FE}|\\x{1F3FF})?[\\s~～!！.。]*)+");
	}

	static Intent classify(String text) {
		return read(text).intent();
	}

	/**
	 * What a turn is, and for a question the words to look up (a social opening such as
	 * "在吗" or "好的 那" left out).
	 * @param text the shopper's message
	 * @return the reading
	 */
	static SocialTurns.Reading read(String text) {
		String normalized = text.strip().toLowerCase(Locale.ROOT);
		if (normalized.isEmpty() || normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
			// "👌" and "👍" say yes as plainly as "好的"; any other row of symbols says
			// nothing.
			if (WAVES.matcher(normalized).matches()) {
				return new SocialTurns.Reading(Intent.GREETING, "");
			}
			if (BOWS.matcher(normalized).matches()) {
				return new SocialTurns.Reading(Intent.THANKS, "");
			}
			boolean nods = !normalized.isEmpty() && NODS.matcher(normalized).matches();
			return new SocialTurns.Reading(nods ? Intent.ACKNOWLEDGEMENT : Intent.NOT_UNDERSTOOD, "");
		}
		if (PersonRequest.in(normalized) && !ASKS_ABOUT_PEOPLE.matcher(normalized).find()
				&& PersonRequest.in(ASKS_IF_PERSON.matcher(normalized).replaceAll(" "))) {
			return new SocialTurns.Reading(Intent.HUMAN, "");
		}
		if (ACCEPT_REFUND.matcher(normalized).matches()) {
			return new SocialTurns.Reading(Intent.ACCEPT_REFUND, "");
		}
		if (DISPUTE.matcher(normalized).matches()) {
			return new SocialTurns.Reading(Intent.DISPUTE, "");
		}
		for (var rule : ACTIONS) {
			if (rule.getValue().matcher(normalized).find()) {
				return new SocialTurns.Reading(rule.getKey(), "");
			}
		}
		return SocialTurns.read(text).orElseGet(() -> new SocialTurns.Reading(Intent.FAQ, text.strip()));
	}

}
