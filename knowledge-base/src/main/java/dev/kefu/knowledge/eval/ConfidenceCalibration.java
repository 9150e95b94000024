package dev.kefu.knowledge.eval;

import java.util.List;

import dev.kefu.knowledge.search.ConfidenceModel;

/**
 * Fits the confidence model's logistic coefficients to held-out cases (label: is the
 * first match right?) by gradient descent on the log loss, and measures how well a model
 * is calibrated.
 */
public final class ConfidenceCalibration {

	private static final int ITERATIONS = 4000;

	private static final double LEARNING_RATE = 0.5;

	private ConfidenceCalibration() {
	}

	/**
	 * Fits the coefficients, keeping the model's thresholds.
	 * @param outcomes hybrid-ranking outcomes on calibration cases
	 * @param start the model whose thresholds to keep
	 * @return the fitted model
	 */
	public static ConfidenceModel fit(List<CaseOutcome> outcomes, ConfidenceModel start) {
		int n = outcomes.size();
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			CaseOutcome outcome = outcomes.get(i);
			x[i] = new double[] { outcome.firstScore(), outcome.firstScore() - outcome.secondScore() };
			y[i] = outcome.topIsRight() ? 1 : 0;
		}
		// Gradient descent converges on standardised features; the coefficients are
		// mapped back after.
		double[] mean = new double[2];
		double[] std = new double[2];
		for (int f = 0; f < 2; f++) {
			final int feature = f;
			mean[f] = java.util.Arrays.stream(x).mapToDouble((row) -> row[feature]).average().orElse(0);
			double variance = java.util.Arrays.stream(x)
				.mapToDouble((row) -> Math.pow(row[feature] - mean[feature], 2))
				.average()
				.orElse(1);
			std[f] = (variance > 1e-12) ? Math.sqrt(variance) : 1;
		}
		double[] w = new double[2];
		double bias = 0;
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[2];
			double biasGradient = 0;
			for (int i = 0; i < n; i++) {
				double z0 = (x[i][0] - mean[0]) / std[0];
				double z1 = (x[i][1] - mean[1]) / std[1];
				double error = 1 / (1 + Math.exp(-(w[0] * z0 + w[1] * z1 + bias))) - y[i];
				gradient[0] += error * z0;
				gradient[1] += error * z1;
				biasGradient += error;
			}
			w[0] -= LEARNING_RATE * gradient[0] / n;
			w[1] -= LEARNING_RATE * gradient[1] / n;
			bias -= LEARNING_RATE * biasGradient / n;
		}
		double scoreWeight = w[0] / std[0];
		double marginWeight = w[1] / std[1];
		return start.withCoefficients(scoreWeight, marginWeight, bias - scoreWeight * mean[0] - marginWeight * mean[1]);
	}

	/**
	 * Expected calibration error over ten equal-width bins: the average gap between the
	 * stated confidence and the observed accuracy, weighted by how many cases fall in
	 * each bin.
	 * @param outcomes hybrid-ranking outcomes
	 * @return the error, 0 for perfect calibration
	 */
	public static double expectedCalibrationError(List<CaseOutcome> outcomes) {
		int bins = 10;
		double[] confidence = new double[bins];
		double[] correct = new double[bins];
		int[] count = new int[bins];
		for (CaseOutcome outcome : outcomes) {
			int bin = Math.min(bins - 1, (int) (outcome.result().confidence() * bins));
			confidence[bin] += outcome.result().confidence();
			correct[bin] += outcome.topIsRight() ? 1 : 0;
			count[bin]++;
		}
		double error = 0;
		for (int bin = 0; bin < bins; bin++) {
			if (count[bin] > 0) {
				error += Math.abs(confidence[bin] / count[bin] - correct[bin] / count[bin]) * count[bin]
						/ outcomes.size();
			}
		}
		return error;
	}

}
