package dev.kefu.knowledge.answer;

import java.util.Objects;

/**
 * A knowledge-base entry given to the model as the only ground for its answer.
 *
 * @param entryId the entry's id (the model cites it)
 * @param question the entry's question
 * @param answer the entry's answer
 */
public record Passage(String entryId, String question, String answer) {

	public Passage {
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(answer, "answer");
	}

}
