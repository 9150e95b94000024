package dev.kefu.knowledge.search;

import java.util.List;

/**
 * Why a search came to its verdict, for the ops "try a question" box and the decision
 * trace: the evidence the confidence model weighed, its thresholds, and what the gates
 * after it did.
 *
 * @param score the first match's fused score
 * @param margin its lead over the runner-up
 * @param outOfScope similarity of the question to the none class
 * @param nearestOutOfScope the none class's nearest example, or {@code null}
 * @param answerAt the probability needed to answer
 * @param choicesAt the probability needed to offer choices
 * @param choices how many matches are close enough to the first to be offered as choices
 * @param notes what decided, in order, in plain words for ops
 */
public record Explanation(double score, double margin, double outOfScope, String nearestOutOfScope, double answerAt,
		double choicesAt, int choices, List<String> notes) {

	public Explanation {
		notes = List.copyOf(notes);
	}

	static Explanation none(List<String> notes) {
		return new Explanation(0, 0, 0, null, 1, 1, 0, notes);
	}

	/**
	 * The first match's lead over the none class.
	 * @param firstCosine the first match's similarity
	 * @return the lead
	 */
	public double outOfScopeLead(double firstCosine) {
		return firstCosine - this.outOfScope;
	}

}
