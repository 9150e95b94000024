package dev.kefu.bot.shops;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import dev.kefu.bot.words.BotWords;
import dev.kefu.bot.words.ShopWording;
import dev.kefu.bot.words.Tongue;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.language.ChineseScript;

/**
 * A shop's own wording of the bot's sentences ({@link ShopSettings#sentences()}): how the
 * bot reads it, and what it must be before it is saved.
 */
public final class ShopSentences {

	/** The longest sentence a shop may write, in any language. */
	public static final int LONGEST = 500;

	private ShopSentences() {
	}

	/**
	 * The wording the bot says a shop's sentences in: the shop's text in the language
	 * asked, for Traditional its Simplified converted where it wrote only that, else
	 * nothing (the bundle's).
	 * @param sentences the shop's sentences
	 * @return the wording
	 */
	public static ShopWording wording(Map<String, Texts> sentences) {
		if (sentences.isEmpty()) {
			return ShopWording.NONE;
		}
		return (key, tongue) -> Optional.ofNullable(sentences.get(key)).flatMap((own) -> switch (tongue) {
			case ZH_HANS -> written(own.zhHans());
			case EN -> written(own.en());
			case ZH_HANT -> written(own.zhHant()).or(() -> written(own.zhHans()).map(ChineseScript::toTraditional));
		});
	}

	/**
	 * A sentence as the bot would say it with the wording given, for ops to see before
	 * they save.
	 * @param key the sentence's key
	 * @param tongue the language
	 * @param own the wording to try, or {@code null} for the bundle's
	 * @param parts sample parts, in order ({@code 3} for a number); missing ones are
	 * numbered
	 * @return the sentence
	 * @throws InvalidShopSettings when the key or the wording would not be saved
	 */
	public static String preview(String key, Tongue tongue, Texts own, List<String> parts) {
		List<ShopSettingsValidation.FieldProblem> problems = new ArrayList<>();
		problems(problems, Map.of(key, (own != null) ? own : new Texts("", "", "")));
		if (!problems.isEmpty()) {
			throw new InvalidShopSettings(problems);
		}
		int count = BotWords.bundled().parameters(key).stream().mapToInt((i) -> i + 1).max().orElse(0);
		Object[] args = new Object[count];
		for (int i = 0; i < count; i++) {
			String part = (parts != null && i < parts.size()) ? parts.get(i) : null;
			if (part == null || part.isBlank()) {
				args[i] = i + 1;
			}
			else {
				// A number stays a number, so that "1 minute" and "2 minutes" read right.
				args[i] = part.strip().matches("\\d{1,9}") ? (Object) Integer.valueOf(part.strip()) : part;
			}
		}
		return Voice.say((own != null) ? wording(Map.of(key, own)) : ShopWording.NONE, tongue, key, args);
	}

	private static Optional<String> written(String text) {
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	static void problems(List<ShopSettingsValidation.FieldProblem> problems, Map<String, Texts> sentences) {
		BotWords words = BotWords.bundled();
		sentences.forEach((key, own) -> {
			String at = "sentences." + key;
			if (!words.keys().contains(key)) {
				problems.add(new ShopSettingsValidation.FieldProblem(at, "is not one of the bot's sentences"));
				return;
			}
			if (BotWords.fixed(key)) {
				problems.add(new ShopSettingsValidation.FieldProblem(at,
						"is fixed (legal wording, a format or what a button sends) and cannot be reworded"));
				return;
			}
			SortedSet<Integer> parts = words.parameters(key);
			for (Tongue tongue : Tongue.values()) {
				String text = switch (tongue) {
					case ZH_HANS -> own.zhHans();
					case ZH_HANT -> own.zhHant();
					case EN -> own.en();
				};
				String field = at + "." + tongue.tag();
				if (text.length() > LONGEST) {
					problems.add(new ShopSettingsValidation.FieldProblem(field,
							"must be at most " + LONGEST + " characters"));
					continue;
				}
				String pattern = BotWords.asPattern(text);
				try {
					new MessageFormat(pattern);
				}
				catch (IllegalArgumentException ex) {
					problems.add(new ShopSettingsValidation.FieldProblem(field,
							"is not a sentence the bot can fill in: write each part as {0}, {1}, with its braces closed"));
					continue;
				}
				SortedSet<Integer> used = BotWords.parametersOf(pattern);
				if (!parts.containsAll(used)) {
					problems.add(new ShopSettingsValidation.FieldProblem(field,
							parts.isEmpty()
									? "takes no parts: remove " + used.stream().map((i) -> "{" + i + "}").toList()
									: "may use only the parts " + parts.stream().map((i) -> "{" + i + "}").toList()));
				}
			}
		});
	}

}
