package dev.kefu.knowledge.search;

/**
 * Turns the ranking's evidence into a probability that the first match is right: a
 * logistic model over the first score and its lead over the runner-up, fitted on held-out
 * questions by the {@code eval calibrate} command. The thresholds decide between
 * answering, offering choices and admitting no match.
 *
 * @param scoreWeight weight of the first match's fused score
 * @param marginWeight weight of its lead over the second-best entry
 * @param bias the intercept
 * @param answerAt answer when the probability reaches this
 * @param choicesAt offer choices when it reaches this (below: no match)
 */
public record ConfidenceModel(double scoreWeight, double marginWeight, double bias, double answerAt, double choicesAt) {

	public ConfidenceModel {
		if (!(choicesAt > 0 && choicesAt <= answerAt && answerAt <= 1)) {
			throw new IllegalArgumentException("Thresholds must satisfy 0 < choicesAt <= answerAt <= 1");
		}
	}

	/**
	 * The probability that the first match is right.
	 * @param first the first match's fused score
	 * @param second the second-best entry's fused score (0 if none)
	 * @return a probability
	 */
	public double probability(double first, double second) {
		double z = this.scoreWeight * first + this.marginWeight * (first - second) + this.bias;
		return 1 / (1 + Math.exp(-z));
	}

	public Verdict verdict(double probability) {
		if (probability >= this.answerAt) {
			return Verdict.ANSWER;
		}
		return (probability >= this.choicesAt) ? Verdict.OFFER_CHOICES : Verdict.NO_MATCH;
	}

	public ConfidenceModel withCoefficients(double score, double margin, double intercept) {
		return new ConfidenceModel(score, margin, intercept, this.answerAt, this.choicesAt);
	}

}
