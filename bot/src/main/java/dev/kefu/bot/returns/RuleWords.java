package dev.kefu.bot.returns;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.RuleName;

/**
 * The returns rules' words as staff read them, in Simplified Chinese, Traditional Chinese
 * and English: a rule's name (never its YAML id) and a reason's Traditional text.
 */
final class RuleWords {

	private RuleWords() {
	}

	/**
	 * A rule's name in the three staff languages. A language the rule set leaves out
	 * takes the other script's name converted, then the English one; a rule without any
	 * name (or a decision stored before rules had names) has its id said in words
	 * ({@code cosmetics-reviewed}: "Cosmetics reviewed").
	 * @param ruleId the rule's id
	 * @param name its name, or {@code null}
	 * @return the name by language ({@code zh-Hans}, {@code zh-Hant}, {@code en})
	 */
	static Map<String, String> name(String ruleId, RuleName name) {
		String zh = (name != null) ? name.zh() : null;
		String hant = (name != null) ? name.zhHant() : null;
		String en = (name != null && name.en() != null) ? name.en() : humanised(ruleId);
		if (zh == null && hant != null) {
			zh = ChineseScript.toSimplified(hant);
		}
		if (hant == null && zh != null) {
			hant = ChineseScript.toTraditional(zh);
		}
		Map<String, String> words = new LinkedHashMap<>();
		words.put("zh-Hans", (zh != null) ? zh : en);
		words.put("zh-Hant", (hant != null) ? hant : en);
		words.put("en", en);
		return words;
	}

	/**
	 * A reason in Traditional Chinese: its own Traditional text where the rules give one
	 * (converted again, which leaves Traditional text as it is and turns the Simplified
	 * parts of a joined reason into Traditional), else its Simplified text converted.
	 * @param reason the reason
	 * @return the Traditional text
	 */
	static String traditional(LocalizedText reason) {
		return ChineseScript.toTraditional((reason.zhHant() != null) ? reason.zhHant() : reason.zh());
	}

	/**
	 * A text in the three languages, its Traditional as {@link #traditional}.
	 * @param text the text
	 * @return the text by language ({@code zh-Hans}, {@code zh-Hant}, {@code en})
	 */
	static Map<String, String> everyLanguage(LocalizedText text) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("zh-Hans", text.zh());
		all.put("zh-Hant", traditional(text));
		all.put("en", text.en());
		return all;
	}

	static String humanised(String ruleId) {
		String words = ruleId.replace('-', ' ').replace('_', ' ').strip();
		return words.isEmpty() ? ruleId : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

}
