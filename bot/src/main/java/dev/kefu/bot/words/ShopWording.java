package dev.kefu.bot.words;

import java.util.Optional;

/**
 * A shop's own wording of the bot's sentences: the pattern it wrote for a key in a
 * language, where it wrote one.
 */
@FunctionalInterface
public interface ShopWording {

	/** A shop that words nothing its own way. */
	ShopWording NONE = (key, tongue) -> Optional.empty();

	/**
	 * The shop's pattern for a key.
	 * @param key the sentence's key
	 * @param tongue the language
	 * @return the pattern, empty where the bundle's is said
	 */
	Optional<String> pattern(String key, Tongue tongue);

}
