package dev.kefu.bot.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An explicit request for a person (转人工, 人工客服, 真人, "agent", "human"), anywhere in a
 * message; a greeting or thanks that calls the staff by name ("谢谢客服小姐姐") is not one.
 */
public final class PersonRequest {

	private static final Pattern ASKS_FOR_PERSON = Pattern.compile("(转人工|轉人工|人工客服|人工服务|人工服務|找人工|要人工|"
			// 真人模特, 真人发 (a human-hair wig), 真人试穿: a real person in the photos or the
			// goods, not at the shop's end of the chat.
			+ "真人(?!模特|试|試|图|圖|照|秀|版|尺|实拍|實拍|拍|皮|发|髮|cs)|客服小姐姐|"
			+ "\\bhuman\\b(?! hair)|\\bagent\\b|real person|speak to (a |an )?(person|someone|manager)|talk to (a |an )?(person|someone|manager))");

	private PersonRequest() {
	}

	/**
	 * Whether a message asks for a person.
	 * @param text the message
	 * @return true if it does
	 */
	public static boolean in(String text) {
		return ASKS_FOR_PERSON.matcher(text.toLowerCase(Locale.ROOT)).find() && !courtesyOnly(text);
	}

	/**
	 * Whether a message is courtesy only (a greeting, thanks, goodbye or nod), however it
	 * names the staff ("谢谢客服小姐姐", "你好呀客服小姐姐"); "客服小姐姐呢" alone calls for them.
	 * @param text the message
	 * @return true if it asks for nothing
	 */
	public static boolean courtesyOnly(String text) {
		return SocialTurns.isSocialOnly(text);
	}

}
