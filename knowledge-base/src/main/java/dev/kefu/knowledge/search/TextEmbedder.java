package dev.kefu.knowledge.search;

import java.util.List;

import dev.kefu.knowledge.language.Language;

/**
 * Turns normalised text into a unit-length vector, one model per language.
 */
public interface TextEmbedder {

	/**
	 * Embeds one text.
	 * @param language the text's language (selects the model)
	 * @param normalizedText text as {@link QueryText#normalize} produces it
	 * @return the vector
	 */
	float[] embed(Language language, String normalizedText);

	/**
	 * Embeds several texts of one language.
	 * @param language their language
	 * @param normalizedTexts the texts
	 * @return one vector per text, in order
	 */
	List<float[]> embedAll(Language language, List<String> normalizedTexts);

	/**
	 * Identifies the model of a language, so that stored vectors of another model are not
	 * reused.
	 * @param language the language
	 * @return the model's name
	 */
	String modelName(Language language);

}
