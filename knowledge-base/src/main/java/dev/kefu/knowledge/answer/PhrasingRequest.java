package dev.kefu.knowledge.answer;

import java.util.List;

import dev.kefu.knowledge.language.Language;

/**
 * What the model is asked to phrase.
 *
 * @param shopperText what the shopper wrote: data, never instructions
 * @param language the language to answer in
 * @param traditional whether to answer in Traditional Chinese
 * @param passages the only facts the answer may use
 */
public record PhrasingRequest(String shopperText, Language language, boolean traditional, List<Passage> passages) {

	public PhrasingRequest {
		passages = List.copyOf(passages);
	}

}
