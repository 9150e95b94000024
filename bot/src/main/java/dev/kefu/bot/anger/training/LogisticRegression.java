package dev.kefu.bot.anger.training;

import java.util.List;

/**
 * Binary logistic regression fitted by full-batch gradient descent with momentum, L2
 * regularisation and balanced class weights (the datasets have three to ten calm messages
 * for each angry one, and the threshold is chosen afterwards on the dev split). A few
 * thousand embeddings of a few hundred dimensions fit in seconds, so nothing cleverer is
 * needed.
 */
final class LogisticRegression {

	private static final int EPOCHS = 400;

	private static final double LEARNING_RATE = 2.0;

	private static final double MOMENTUM = 0.9;

	private static final double L2 = 1e-4;

	private LogisticRegression() {
	}

	/**
	 * Fits the weights.
	 * @param vectors the embeddings
	 * @param labels 1 or 0, one per embedding
	 * @return the bias, then one weight per dimension
	 */
	static double[] fit(List<float[]> vectors, int[] labels) {
		int n = vectors.size();
		int dimensions = vectors.get(0).length;
		long positives = java.util.Arrays.stream(labels).filter((l) -> l == 1).count();
		double positiveWeight = n / (2.0 * Math.max(1, positives));
		double negativeWeight = n / (2.0 * Math.max(1, n - positives));
		double[] w = new double[dimensions + 1];
		double[] velocity = new double[dimensions + 1];
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			double[] gradient = new double[dimensions + 1];
			for (int i = 0; i < n; i++) {
				float[] x = vectors.get(i);
				double error = (predict(w, x) - labels[i]) * ((labels[i] == 1) ? positiveWeight : negativeWeight);
				gradient[0] += error;
				for (int d = 0; d < dimensions; d++) {
					gradient[d + 1] += error * x[d];
				}
			}
			for (int d = 0; d <= dimensions; d++) {
				double g = gradient[d] / n + ((d > 0) ? L2 * w[d] : 0);
				velocity[d] = MOMENTUM * velocity[d] - LEARNING_RATE * g;
				w[d] += velocity[d];
			}
		}
		return w;
	}

	static double predict(double[] w, float[] x) {
		double z = w[0];
		for (int d = 0; d < x.length; d++) {
			z += w[d + 1] * x[d];
		}
		return 1 / (1 + Math.exp(-z));
	}

}
