package dev.kefu.knowledge.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a KB.jsonl file: {@code {"id", "question", "alternatives": [...], "answer",
 * "language", "category"}}.
 *
 * @param id entry id, referenced by the cases
 * @param question canonical question
 * @param alternatives other phrasings
 * @param answer the answer
 * @param language {@code zh} or {@code en}
 * @param category the entry's category
 * @param requiredTerms terms one of which a question must hold for the entry to answer it
 * (optional)
 */
public record EvalEntry(String id, String question, List<String> alternatives, String answer, String language,
		String category, List<String> requiredTerms) {

	public EvalEntry(String id, String question, List<String> alternatives, String answer, String language,
			String category) {
		this(id, question, alternatives, answer, language, category, List.of());
	}

	public EvalEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(question, "question");
		alternatives = (alternatives != null) ? List.copyOf(alternatives) : List.of();
		answer = (answer != null) ? answer : "";
		language = (language != null) ? language : "en";
		category = (category != null) ? category : "general";
		requiredTerms = (requiredTerms != null) ? List.copyOf(requiredTerms) : List.of();
	}

}
