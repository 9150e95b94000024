package dev.kefu.bot.anger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a message is written, apart from its words: shouting (a run of exclamation marks,
 * or a message in capitals) and sending the same words again.
 */
public final class WritingSignals {

	private static final Pattern EXCLAMATIONS = Pattern.compile("[!！]{3,}|[!！?？]{4,}");

	private static final int MIN_LETTERS_FOR_CAPITALS = 8;

	private WritingSignals() {
	}

	/**
	 * The signals of one message.
	 * @param text the message
	 * @param earlierShopperTexts the shopper's previous messages in the conversation,
	 * newest first
	 * @return {@link AngerSignal#SHOUTING} and {@link AngerSignal#REPEATED}, as found
	 */
	public static Set<AngerSignal> signals(String text, List<String> earlierShopperTexts) {
		Set<AngerSignal> found = EnumSet.noneOf(AngerSignal.class);
		if (EXCLAMATIONS.matcher(text).find() || inCapitals(text)) {
			found.add(AngerSignal.SHOUTING);
		}
		String squeezed = squeeze(text);
		if (squeezed.length() >= 2 && earlierShopperTexts.stream()
			.limit(3)
			.map(WritingSignals::squeeze)
			.filter(squeezed::equals)
			.count() >= 1) {
			found.add(AngerSignal.REPEATED);
		}
		return found;
	}

	private static boolean inCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).filter((c) -> c < 128).count();
		long upper = text.chars().filter(Character::isUpperCase).count();
		return letters >= MIN_LETTERS_FOR_CAPITALS && upper >= letters * 0.7;
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\p{P}\\p{S}]+", "").toLowerCase(java.util.Locale.ROOT);
	}

}
