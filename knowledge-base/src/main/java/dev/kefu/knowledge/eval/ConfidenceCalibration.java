package dev.kefu.knowledge.eval;

import java.util.Arrays;
import java.util.List;

import dev.kefu.knowledge.search.ConfidenceModel;

/**
 * Fits the confidence model's logistic coefficients to held-out cases (label: is the
 * first match right?) by gradient descent on the log loss, and measures how well a model
 * is calibrated.
 */
public final class ConfidenceCalibration {

	private static final int ITERATIONS = 20000;

	private static final double LEARNING_RATE = 1.0;

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
		int features = 3;
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			CaseOutcome outcome = outcomes.get(i);
			x[i] = new double[] { outcome.firstScore(), outcome.firstScore() - outcome.secondScore(),
					outcome.outOfScopeLead() };
			y[i] = outcome.topIsRight() ? 1 : 0;
		}
		// Gradient descent converges on standardised features; the coefficients are
		// mapped back after.
		double[] mean = new double[features];
		double[] std = new double[features];
		for (int f = 0; f < features; f++) {
			final int feature = f;
			mean[f] = Arrays.stream(x).mapToDouble((row) -> row[feature]).average().orElse(0);
			double variance = Arrays.stream(x)
				.mapToDouble((row) -> Math.pow(row[feature] - mean[feature], 2))
				.average()
				.orElse(1);
			std[f] = (variance > 1e-12) ? Math.sqrt(variance) : 1;
		}
		double[] w = new double[features];
		double bias = 0;
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[features];
			double biasGradient = 0;
			for (int i = 0; i < n; i++) {
				double z = bias;
				for (int f = 0; f < features; f++) {
					z += w[f] * (x[i][f] - mean[f]) / std[f];
				}
				double error = 1 / (1 + Math.exp(-z)) - y[i];
				for (int f = 0; f < features; f++) {
					gradient[f] += error * (x[i][f] - mean[f]) / std[f];
				}
				biasGradient += error;
			}
			for (int f = 0; f < features; f++) {
				w[f] -= LEARNING_RATE * gradient[f] / n;
			}
			bias -= LEARNING_RATE * biasGradient / n;
		}
		double[] raw = new double[features];
		double intercept = bias;
		for (int f = 0; f < features; f++) {
			raw[f] = w[f] / std[f];
			intercept -= raw[f] * mean[f];
		}
		return start.withCoefficients(raw[0], raw[1], raw[2], intercept);
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
