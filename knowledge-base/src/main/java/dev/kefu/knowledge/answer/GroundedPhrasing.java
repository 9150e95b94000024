package dev.kefu.knowledge.answer;

import java.util.Optional;
import java.util.Set;

/**
 * Port to a language model that phrases an answer from knowledge-base passages. Optional:
 * with none configured the bot answers with the entries' own text. Implementations live
 * in the integrations module; whatever they return goes through
 * {@link GroundedAnswerCheck} before a shopper sees it.
 */
public interface GroundedPhrasing {

	/**
	 * Phrases an answer.
	 * @param request the shopper's words and the passages
	 * @return the answer, or empty when the model declines, fails or times out
	 */
	Optional<PhrasedAnswer> phrase(PhrasingRequest request);

	/**
	 * Strings that appear only in the model's instructions: an answer containing one is
	 * repeating them and is not shown.
	 * @return the strings
	 */
	default Set<String> instructionMarkers() {
		return Set.of();
	}

}
