package dev.kefu.knowledge.language;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The internet spellings shoppers type for everyday words ("木有收到货肿么办" is "没有收到货怎么办"), in
 * the standard words the knowledge base is written in. Only spellings that are no word of
 * their own are here, or only where the words around them say which word is meant: 偶
 * ("我") is also 偶尔, so it is not.
 */
public final class ChatSpellings {

	/** Keyed by the Simplified form, since the search converts Traditional first. */
	private static final Map<String, String> STANDARD = Map.of("木有", "没有", "肿么", "怎么", "神马", "什么", "酱紫", "这样子", "介个",
			"这个", "虾米", "什么", "造吗", "知道吗");

	/**
	 * 发货 typed as 发火 (which is also "lose one's temper") or 发或: read so only where the
	 * words around it ask when goods ship ("什么时候发火呀", "还没发火吗"), never in "我要发火了".
	 */
	private static final Pattern SHIPPING_TYPO = Pattern
		.compile("(?<=时候|多久|几天|几时|还没|没有|啥时|今天|明天|快点|赶紧|尽快|已经|何时|能不能|可以|一般|当天|次日)发火|发或(?!者)");

	private ChatSpellings() {
	}

	/**
	 * The text with its internet spellings in standard words.
	 * @param simplified the text, already in Simplified characters
	 * @return the same text in standard words
	 */
	public static String standard(String simplified) {
		String text = SHIPPING_TYPO.matcher(simplified).replaceAll("发货");
		for (Map.Entry<String, String> spelling : STANDARD.entrySet()) {
			text = text.replace(spelling.getKey(), spelling.getValue());
		}
		return text;
	}

}
