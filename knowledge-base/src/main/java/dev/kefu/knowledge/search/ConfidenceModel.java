package dev.kefu.knowledge.search;

/**
 * Turns the ranking's evidence into a probability that the first match is right: a
 * logistic model over the first score, its lead over the runner-up and its lead over the
 * none class ({@link OutOfScope}), fitted on held-out questions by the
 * {@code eval calibrate} command. The thresholds decide between answering, offering
 * choices and admitting no match.
 *
 * @param scoreWeight weight of the first match's fused score
 * @param marginWeight weight of its lead over the second-best entry
 * @param outOfScopeWeight weight of the first match's similarity minus the none class's
 * (0 for a model fitted before the none class existed)
 * @param bias the intercept
 * @param answerAt answer when the probability reaches this
 * @param choicesAt offer choices when it reaches this (below: no match)
 */
public record ConfidenceModel(double scoreWeight, double marginWeight, double outOfScopeWeight, double bias,
		double answerAt, double choicesAt) {

	public ConfidenceModel {
		if (!(choicesAt > 0 && choicesAt <= answerAt && answerAt <= 1)) {
			throw new IllegalArgumentException("Thresholds must satisfy 0 < choicesAt <= answerAt <= 1");
		}
	}

	/**
	 * The probability that the first match is right.
	 * @param first the first match's fused score
	 * @param second the second-best entry's fused score (0 if none)
	 * @param outOfScopeLead the first match's similarity minus the none class's
	 * @return a probability
	 */
	public double probability(double first, double second, double outOfScopeLead) {
		double z = this.scoreWeight * first + this.marginWeight * (first - second)
				+ this.outOfScopeWeight * outOfScopeLead + this.bias;
		return 1 / (1 + Math.exp(-z));
	}

	public Verdict verdict(double probability) {
		if (probability >= this.answerAt) {
			return Verdict.ANSWER;
		}
		return (probability >= this.choicesAt) ? Verdict.OFFER_CHOICES : Verdict.NO_MATCH;
	}

	public ConfidenceModel withCoefficients(double score, double margin, double outOfScope, double intercept) {
		return new ConfidenceModel(score, margin, outOfScope, intercept, this.answerAt, this.choicesAt);
	}

	public ConfidenceModel withThresholds(double answer, double choices) {
		return new ConfidenceModel(this.scoreWeight, this.marginWeight, this.outOfScopeWeight, this.bias, answer,
				choices);
	}

}
