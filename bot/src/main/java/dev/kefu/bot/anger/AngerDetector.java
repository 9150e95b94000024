package dev.kefu.bot.anger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Decides whether a message is angry enough for a person. The lexicon catches what must
 * never be missed (a threat to go to 12315 or to a lawyer, an insult); the classifier
 * catches anger in ordinary words ("等了十天还没到，你们到底管不管"), which no list can enumerate;
 * shouting or repeating lowers the bar for the classifier.
 */
public final class AngerDetector {

	private final TextEmbedder embedder;

	private final AngerModel model;

	private final AngerThresholds thresholds;

	public AngerDetector(TextEmbedder embedder, AngerModel model, AngerThresholds thresholds) {
		this.embedder = embedder;
		this.model = model;
		this.thresholds = thresholds;
	}

	/**
	 * Assesses one message.
	 * @param text what the shopper wrote
	 * @param earlierShopperTexts their previous messages, newest first
	 * @return the assessment
	 */
	public AngerAssessment assess(String text, List<String> earlierShopperTexts) {
		return assess(text, earlierShopperTexts, score(text));
	}

	/**
	 * Assesses one message whose classifier score is already known (the eval scores
	 * thousands of texts in bulk).
	 * @param text what the shopper wrote
	 * @param earlierShopperTexts their previous messages, newest first
	 * @param score the classifier's probability for the text
	 * @return the assessment
	 */
	public AngerAssessment assess(String text, List<String> earlierShopperTexts, double score) {
		Set<AngerSignal> signals = EnumSet.noneOf(AngerSignal.class);
		if (this.thresholds.lexicon()) {
			signals.addAll(AngerLexicon.signals(text));
		}
		Set<AngerSignal> writing = WritingSignals.signals(text, earlierShopperTexts);
		signals.addAll(writing);
		AngerModel.Weights weights = this.model.weights(QueryText.of(text).language());
		double threshold = (this.thresholds.threshold() != null) ? this.thresholds.threshold() : weights.threshold();
		if (score >= threshold || (!writing.isEmpty() && score >= this.thresholds.withWritingSignals())) {
			signals.add(AngerSignal.ANGRY_WORDING);
		}
		boolean angry = signals.contains(AngerSignal.THREAT) || signals.contains(AngerSignal.INSULT)
				|| signals.contains(AngerSignal.ANGRY_WORDING) || writing.size() == 2;
		return new AngerAssessment(angry, score, signals);
	}

	/**
	 * The classifier's probability alone.
	 * @param text the message
	 * @return between 0 and 1
	 */
	public double score(String text) {
		return score(QueryText.of(text), null);
	}

	/**
	 * The classifier's probability for a text whose embedding may already be known.
	 * @param query the text
	 * @param embedding its embedding by its language's model, or null to compute it
	 * @return between 0 and 1
	 */
	public double score(QueryText query, float[] embedding) {
		if (query.normalized().isBlank()) {
			return 0;
		}
		float[] vector = (embedding != null) ? embedding : this.embedder.embed(query.language(), query.normalized());
		return this.model.probability(query.language(), vector);
	}

}
