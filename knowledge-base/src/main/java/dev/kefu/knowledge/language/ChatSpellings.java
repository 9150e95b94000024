package dev.kefu.knowledge.language;

import java.util.Map;

/**
 * The internet spellings shoppers type for everyday words ("木有收到货肿么办" is "没有收到货怎么办"), in
 * the standard words the knowledge base is written in. Only spellings that are no word of
 * their own are here: 偶 ("我") is also 偶尔, so it is not.
 */
public final class ChatSpellings {

	/** Keyed by the Simplified form, since the search converts Traditional first. */
	private static final Map<String, String> STANDARD = Map.of("木有", "没有", "肿么", "怎么", "神马", "什么", "酱紫", "这样子", "介个",
			"这个", "虾米", "什么", "造吗", "知道吗");

	private ChatSpellings() {
	}

	/**
	 * The text with its internet spellings in standard words.
	 * @param simplified the text, already in Simplified characters
	 * @return the same text in standard words
	 */
	public static String standard(String simplified) {
		String text = simplified;
		for (Map.Entry<String, String> spelling : STANDARD.entrySet()) {
			text = text.replace(spelling.getKey(), spelling.getValue());
		}
		return text;
	}

}
