package dev.kefu.bot.anger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.knowledge.language.Language;

/**
 * The trained classifier: per language, a logistic regression over that language's
 * sentence embedding, and the score at which it calls a message angry (chosen on the
 * datasets' development splits). Written by {@code eval train-escalation}, read from the
 * classpath.
 *
 * @param perLanguage the weights of each language
 */
public record AngerModel(Map<Language, Weights> perLanguage) {

	/** Where the application reads the shipped model. */
	public static final String RESOURCE = "/escalation/anger-model.json";

	private static final ObjectMapper json = new ObjectMapper();

	/**
	 * The probability that a message is angry.
	 * @param language its language
	 * @param embedding its embedding by that language's model
	 * @return between 0 and 1
	 */
	public double probability(Language language, float[] embedding) {
		return weights(language).probability(embedding);
	}

	public Weights weights(Language language) {
		Weights weights = this.perLanguage.get(language);
		if (weights == null) {
			throw new IllegalStateException("The anger model has no weights for " + language);
		}
		return weights;
	}

	/**
	 * Reads the model shipped with the application.
	 * @return the model
	 */
	public static AngerModel shipped() {
		try (InputStream in = AngerModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing; run eval train-escalation");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static AngerModel read(InputStream in) throws IOException {
		Map<String, Weights> byCode = json.readValue(in,
				json.getTypeFactory().constructMapType(Map.class, String.class, Weights.class));
		Map<Language, Weights> perLanguage = new EnumMap<>(Language.class);
		byCode.forEach((code, weights) -> perLanguage.put(Language.fromCode(code), weights));
		return new AngerModel(perLanguage);
	}

	public String toJson() {
		Map<String, Weights> byCode = new java.util.TreeMap<>();
		this.perLanguage.forEach((language, weights) -> byCode.put(language.code(), weights));
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(byCode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One language's classifier.
	 *
	 * @param embeddingModel the embedding model the weights were trained on (a different
	 * model's vectors would be meaningless)
	 * @param bias the intercept
	 * @param weights one per embedding dimension
	 * @param threshold the probability at which a message counts as angry
	 * @param trainedOn what it was trained on, for the record
	 */
	public record Weights(String embeddingModel, double bias, double[] weights, double threshold, String trainedOn) {

		public double probability(float[] embedding) {
			if (embedding.length != this.weights.length) {
				throw new IllegalArgumentException(
						"embedding has " + embedding.length + " dimensions, the model " + this.weights.length);
			}
			double z = this.bias;
			for (int i = 0; i < embedding.length; i++) {
				z += this.weights[i] * embedding[i];
			}
			return 1 / (1 + Math.exp(-z));
		}

	}

}
