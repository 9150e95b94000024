package dev.kefu.bot.anger.training;

/**
 * A confusion matrix for "send to a person", and what follows from it.
 *
 * @param truePositives escalated, and should have been
 * @param falsePositives escalated, and should not have been
 * @param falseNegatives kept with the bot, and should not have been
 * @param trueNegatives kept with the bot, rightly
 */
public record BinaryCounts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

	public static final BinaryCounts NONE = new BinaryCounts(0, 0, 0, 0);

	public BinaryCounts add(boolean predicted, boolean actual) {
		return new BinaryCounts(this.truePositives + ((predicted && actual) ? 1 : 0),
				this.falsePositives + ((predicted && !actual) ? 1 : 0),
				this.falseNegatives + ((!predicted && actual) ? 1 : 0),
				this.trueNegatives + ((!predicted && !actual) ? 1 : 0));
	}

	public BinaryCounts plus(BinaryCounts other) {
		return new BinaryCounts(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
				this.falseNegatives + other.falseNegatives, this.trueNegatives + other.trueNegatives);
	}

	public int total() {
		return this.truePositives + this.falsePositives + this.falseNegatives + this.trueNegatives;
	}

	public double precision() {
		int predicted = this.truePositives + this.falsePositives;
		return (predicted == 0) ? 0 : (double) this.truePositives / predicted;
	}

	public double recall() {
		int actual = this.truePositives + this.falseNegatives;
		return (actual == 0) ? 0 : (double) this.truePositives / actual;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	public String describe() {
		return String.format("precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d)", precision(),
				recall(), f1(), this.truePositives, this.falsePositives, this.falseNegatives, this.trueNegatives);
	}

}
