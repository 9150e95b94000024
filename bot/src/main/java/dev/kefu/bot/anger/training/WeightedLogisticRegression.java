package dev.kefu.bot.anger.training;

/**
 * Binary logistic regression with a weight per sample and L2 regularisation, fitted by
 * full-batch Adam. The inputs are standardised embeddings and a few 0/1 features; a few
 * thousand of them fit in seconds, so nothing cleverer is needed.
 */
final class WeightedLogisticRegression {

	private static final int EPOCHS = 300;

	private static final double LEARNING_RATE = 0.05;

	private WeightedLogisticRegression() {
	}

	/**
	 * Fits the weights.
	 * @param x one input per sample
	 * @param y 1 or 0 per sample
	 * @param weight per sample (they are normalised to a mean of 1)
	 * @param l2 the regularisation of the first {@code penalised} inputs, on the mean
	 * loss
	 * @param penalised how many inputs (from the first) get the full regularisation; the
	 * rest get a hundredth of it
	 * @return the bias, then one weight per input value
	 */
	static double[] fit(double[][] x, int[] y, double[] weight, double l2, int penalised) {
		int n = x.length;
		int d = x[0].length;
		double total = 0;
		for (double w : weight) {
			total += w;
		}
		double[] w = new double[d + 1];
		double[] m = new double[d + 1];
		double[] v = new double[d + 1];
		double beta1 = 0.9;
		double beta2 = 0.999;
		for (int epoch = 1; epoch <= EPOCHS; epoch++) {
			double[] gradient = new double[d + 1];
			for (int i = 0; i < n; i++) {
				double error = (predict(w, x[i]) - y[i]) * weight[i] * n / total;
				gradient[0] += error;
				double[] xi = x[i];
				for (int k = 0; k < d; k++) {
					gradient[k + 1] += error * xi[k];
				}
			}
			for (int k = 0; k <= d; k++) {
				double g = gradient[k] / n + ((k == 0) ? 0 : ((k <= penalised) ? l2 : l2 / 100) * w[k]);
				m[k] = beta1 * m[k] + (1 - beta1) * g;
				v[k] = beta2 * v[k] + (1 - beta2) * g * g;
				double mHat = m[k] / (1 - Math.pow(beta1, epoch));
				double vHat = v[k] / (1 - Math.pow(beta2, epoch));
				w[k] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
			}
		}
		return w;
	}

	static double predict(double[] w, double[] x) {
		double z = w[0];
		for (int k = 0; k < x.length; k++) {
			z += w[k + 1] * x[k];
		}
		return 1 / (1 + Math.exp(-z));
	}

}
