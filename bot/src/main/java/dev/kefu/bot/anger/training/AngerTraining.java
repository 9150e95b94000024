package dev.kefu.bot.anger.training;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kefu.bot.anger.AngerModel;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Trains the anger classifier: per language, a logistic regression on the embeddings of
 * the training file, then the threshold that gives the best F1 on the dev file.
 */
final class AngerTraining {

	private final TextEmbedder embedder;

	private final PrintStream out;

	AngerTraining(TextEmbedder embedder, PrintStream out) {
		this.embedder = embedder;
		this.out = out;
	}

	AngerModel train(List<LabelledText> train, List<LabelledText> dev) {
		Map<Language, AngerModel.Weights> perLanguage = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			Embedded training = embed(train, language);
			Embedded development = embed(dev, language);
			if (training.vectors().isEmpty() || development.vectors().isEmpty()) {
				throw new IllegalArgumentException("no " + language + " texts to train or tune on");
			}
			double[] fitted = LogisticRegression.fit(training.vectors(), training.labels());
			double threshold = bestThreshold(fitted, development);
			double[] weights = java.util.Arrays.copyOfRange(fitted, 1, fitted.length);
			perLanguage.put(language,
					new AngerModel.Weights(this.embedder.modelName(language), fitted[0], weights, threshold,
							training.vectors().size() + " training texts; threshold tuned on "
									+ development.vectors().size() + " dev texts"));
			this.out.printf("%s: %d training texts, threshold %.2f%n", language.code(), training.vectors().size(),
					threshold);
		}
		return new AngerModel(perLanguage);
	}

	private double bestThreshold(double[] fitted, Embedded dev) {
		double best = 0.5;
		double bestF1 = -1;
		for (int step = 5; step <= 95; step++) {
			double threshold = step / 100.0;
			BinaryCounts counts = BinaryCounts.NONE;
			for (int i = 0; i < dev.vectors().size(); i++) {
				counts = counts.add(LogisticRegression.predict(fitted, dev.vectors().get(i)) >= threshold,
						dev.labels()[i] == 1);
			}
			if (counts.f1() > bestF1) {
				bestF1 = counts.f1();
				best = threshold;
			}
		}
		return best;
	}

	private Embedded embed(List<LabelledText> texts, Language language) {
		List<String> normalized = new ArrayList<>();
		List<Integer> labels = new ArrayList<>();
		for (LabelledText text : texts) {
			QueryText query = QueryText.of(text.text());
			if (query.language() == language && !query.normalized().isBlank()) {
				normalized.add(query.normalized());
				labels.add(text.label());
			}
		}
		return new Embedded(this.embedder.embedAll(language, normalized),
				labels.stream().mapToInt(Integer::intValue).toArray());
	}

	private record Embedded(List<float[]> vectors, int[] labels) {
	}

}
