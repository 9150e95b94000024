package dev.kefu.knowledge.eval;

import java.util.Objects;

/**
 * One line of a CASES.csv file: a question and the entry that answers it, or {@code NONE}
 * when the right behaviour is not to answer.
 *
 * @param query the question
 * @param expected the expected entry id, or {@code null} for NONE
 */
public record EvalCase(String query, String expected) {

	public static final String NONE = "NONE";

	public EvalCase {
		Objects.requireNonNull(query, "query");
		if (expected != null && (expected.isBlank() || NONE.equals(expected))) {
			expected = null;
		}
	}

	public boolean expectsNoAnswer() {
		return this.expected == null;
	}

	String expectedOrNone() {
		return (this.expected != null) ? this.expected : NONE;
	}

}
