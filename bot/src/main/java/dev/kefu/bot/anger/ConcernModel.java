package dev.kefu.bot.anger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.knowledge.language.Language;

/**
 * The trained detector: per language, one logistic regression per concern over the
 * message's embedding (standardised) and the lexicon and writing features, each with the
 * probability at which it counts (chosen by cost on the dev data); and the settings of
 * the conversation signals. Written by {@code eval train-escalation}, read from the
 * classpath.
 *
 * @param perLanguage each language's classifiers
 * @param conversation how repeats and rising negativity are recognised
 */
public record ConcernModel(Map<Language, LanguageModel> perLanguage, ConversationRules conversation) {

	/** Where the application reads the shipped model. */
	public static final String RESOURCE = "/escalation/concern-model.json";

	// A record read by static factories (the application and the offline tools read the
	// same file), so a mapper of its own, with Jackson's defaults.
	private static final ObjectMapper json = new ObjectMapper();

	public ConcernModel {
		perLanguage = Map.copyOf(perLanguage);
	}

	public LanguageModel language(Language language) {
		LanguageModel model = this.perLanguage.get(language);
		if (model == null) {
			throw new IllegalStateException("The concern model has nothing for " + language);
		}
		return model;
	}

	/**
	 * Reads the model shipped with the application.
	 * @return the model
	 */
	public static ConcernModel shipped() {
		try (InputStream in = ConcernModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing; run eval train-escalation");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ConcernModel read(InputStream in) throws IOException {
		Stored stored = json.readValue(in, Stored.class);
		Map<Language, LanguageModel> perLanguage = new EnumMap<>(Language.class);
		stored.languages().forEach((code, model) -> perLanguage.put(Language.fromCode(code), model));
		perLanguage.values().forEach(LanguageModel::checkFeatures);
		return new ConcernModel(perLanguage, stored.conversation());
	}

	public String toJson() {
		Map<String, LanguageModel> byCode = new TreeMap<>();
		this.perLanguage.forEach((language, model) -> byCode.put(language.code(), model.rounded()));
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(new Stored(byCode, this.conversation));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Stored(Map<String, LanguageModel> languages, ConversationRules conversation) {
	}

	/**
	 * One language's classifiers.
	 *
	 * @param embeddingModel the embedding model the weights were trained on (another
	 * model's vectors would be meaningless)
	 * @param mean per embedding dimension, subtracted before the weights apply
	 * @param scale per embedding dimension, divided by after the mean
	 * @param features the names of the extra features, in order
	 * @param classifiers one per concern found in a message
	 * @param gate whether the message needs a person at all, whatever the concern:
	 * trained on every dev message, where each concern's classifier has only its own few
	 * dozen positives, it keeps calm look-alikes from a concern's model; a concern's
	 * model counts only when the gate's probability reaches its threshold too
	 */
	public record LanguageModel(String embeddingModel, double[] mean, double[] scale, List<String> features,
			Map<Concern, Classifier> classifiers, Classifier gate) {

		/**
		 * The classifiers' input for one message.
		 * @param embedding its embedding
		 * @param extra its {@link ConcernFeatures}
		 * @return the standardised embedding followed by the features
		 */
		public double[] input(float[] embedding, double[] extra) {
			if (embedding.length != this.mean.length) {
				throw new IllegalArgumentException(
						"embedding has " + embedding.length + " dimensions, the model " + this.mean.length);
			}
			double[] x = new double[embedding.length + extra.length];
			for (int i = 0; i < embedding.length; i++) {
				x[i] = (embedding[i] - this.mean[i]) / this.scale[i];
			}
			System.arraycopy(extra, 0, x, embedding.length, extra.length);
			return x;
		}

		public Classifier classifier(Concern concern) {
			Classifier classifier = this.classifiers.get(concern);
			if (classifier == null) {
				throw new IllegalStateException("The concern model has no classifier for " + concern);
			}
			return classifier;
		}

		void checkFeatures() {
			if (!this.features.equals(ConcernFeatures.NAMES)) {
				throw new IllegalStateException(
						"The concern model was trained on other features; run eval train-escalation again");
			}
		}

		LanguageModel rounded() {
			Map<Concern, Classifier> rounded = new EnumMap<>(Concern.class);
			this.classifiers.forEach((concern, classifier) -> rounded.put(concern, classifier.rounded()));
			return new LanguageModel(this.embeddingModel, round(this.mean), round(this.scale), this.features, rounded,
					(this.gate != null) ? this.gate.rounded() : null);
		}

	}

	/**
	 * One concern's logistic regression.
	 *
	 * @param bias the intercept
	 * @param weights one per input value
	 * @param threshold the probability at which the concern counts
	 * @param trainedOn what it was trained and tuned on, for the record
	 */
	public record Classifier(double bias, double[] weights, double threshold, String trainedOn) {

		public double probability(double[] input) {
			double z = this.bias;
			for (int i = 0; i < input.length; i++) {
				z += this.weights[i] * input[i];
			}
			return 1 / (1 + Math.exp(-z));
		}

		Classifier rounded() {
			return new Classifier(round(this.bias), round(this.weights), round(this.threshold), this.trainedOn);
		}

	}

	/**
	 * How the conversation's own concerns are recognised.
	 *
	 * @param repeatSimilarity the cosine between two messages' embeddings from which they
	 * ask the same thing
	 * @param calmBefore the anger probability the shopper's earlier messages stayed
	 * under, for negativity to be rising
	 * @param risingTo the anger probability a message reaches for negativity to have
	 * risen
	 */
	public record ConversationRules(double repeatSimilarity, double calmBefore, double risingTo) {
	}

	private static double[] round(double[] values) {
		double[] rounded = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			rounded[i] = round(values[i]);
		}
		return rounded;
	}

	private static double round(double value) {
		return (value == 0 || !Double.isFinite(value)) ? value
				: new BigDecimal(value).round(new MathContext(6)).doubleValue();
	}

}
