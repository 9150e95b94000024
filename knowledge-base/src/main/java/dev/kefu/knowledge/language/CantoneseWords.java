package dev.kefu.knowledge.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written Cantonese in the Mandarin words the knowledge base is written in ("幾耐退返" is
 * "多久退回"), so that a Hong Kong shopper's question finds the entry its Mandarin twin
 * finds. Only words that mean nothing else in Mandarin are here: 仲 alone is also 仲裁, so
 * only 仲有 and 仲未 are; 係 alone is also 關係, so only 係咪 and 係唔係 are. Longer words come first
 * so that 使唔使 is not read as 使不使.
 */
public final class CantoneseWords {

	private static final String[][] WRITTEN = { { "唔該晒", "谢谢" }, { "唔該", "谢谢" }, { "使唔使", "要不要" }, { "可唔可以", "可不可以" },
			{ "得唔得", "行不行" }, { "係唔係", "是不是" }, { "有冇", "有没有" }, { "係咪", "是不是" }, { "點樣", "怎样" }, { "點算", "怎么办" },
			{ "點解", "为什么" }, { "點洗", "怎么洗" }, { "點揀", "怎么选" }, { "點買", "怎么买" }, { "點用", "怎么用" }, { "點退", "怎么退" },
			{ "點換", "怎么换" }, { "點改", "怎么改" }, { "點寄", "怎么寄" }, { "點查", "怎么查" }, { "點付", "怎么付" }, { "點領", "怎么领" },
			{ "幾耐", "多久" }, { "幾多錢", "多少钱" }, { "幾多", "多少" }, { "幾時", "什么时候" }, { "邊度", "哪里" }, { "邊個", "谁" },
			{ "乜嘢", "什么" }, { "而家", "现在" }, { "仲有", "还有" }, { "仲未", "还没" }, { "著數", "优惠" }, { "嗰啲", "那些" },
			{ "呢啲", "这些" }, { "啲衫", "衣服" }, { "寄返", "寄回" }, { "退返", "退回" }, { "換返", "换回" }, { "攞返", "拿回" },
			{ "返嚟", "回来" }, { "速遞", "快递" }, { "冇", "没有" }, { "唔", "不" }, { "咩", "什么" }, { "嗰", "那" }, { "啲", "些" },
			{ "咗", "了" }, { "嘅", "的" }, { "佢", "他" }, { "喺", "在" }, { "睇", "看" }, { "攞", "拿" }, { "揀", "选" },
			{ "搵", "找" }, { "畀", "给" }, { "俾", "给" } };

	/**
	 * Keyed by the Simplified form, since the search converts Traditional first. 點 before
	 * a verb asks how, except after 早, 晚, 快, 有 and the like ("早点退款" is "refund sooner")
	 * and after a number ("八点付款" is "paid at eight"); 边度 is not the one in 海边度假.
	 */
	private static final List<Word> MANDARIN = mandarin();

	private CantoneseWords() {
	}

	/**
	 * The text with its Cantonese words in Mandarin.
	 * @param simplified the text, already in Simplified characters
	 * @return the same text in Mandarin words
	 */
	public static String inMandarin(String simplified) {
		String text = simplified;
		for (Word word : MANDARIN) {
			// Every search of a Chinese question comes here: a plain look first, since
			// most questions hold none of these words.
			if (text.contains(word.written())) {
				text = word.where().matcher(text).replaceAll(word.mandarin());
			}
		}
		return text;
	}

	private static List<Word> mandarin() {
		List<Word> words = new ArrayList<>();
		for (String[] word : WRITTEN) {
			String written = ChineseScript.toSimplified(word[0]);
			String before = written.startsWith("点") ? "(?<![早晚快慢有一多少差二三四五六七八九十两\\d])" : "";
			String after = written.equals("边度") ? "(?!假)" : "";
			words.add(new Word(written, Pattern.compile(before + Pattern.quote(written) + after),
					Matcher.quoteReplacement(word[1])));
		}
		return List.copyOf(words);
	}

	/** A Cantonese word, where it counts as one, and its Mandarin. */
	private record Word(String written, Pattern where, String mandarin) {
	}

}
