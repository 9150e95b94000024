package dev.kefu.bot.anger.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kefu.bot.anger.AngerDetector;
import dev.kefu.bot.anger.AngerLexicon;
import dev.kefu.bot.dialogue.PersonRequest;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Measures "should this message alone go to a person" the way the chat decides it (an
 * explicit request for a person, or anger by the detector), beside a lexicon-only
 * baseline (the request and the threat and insult lists, no model), on the same cases in
 * the same run.
 */
final class EscalationEvaluation {

	private final TextEmbedder embedder;

	private final AngerDetector detector;

	EscalationEvaluation(TextEmbedder embedder, AngerDetector detector) {
		this.embedder = embedder;
		this.detector = detector;
	}

	Report run(List<LabelledText> cases) {
		double[] scores = scores(cases);
		List<Mistake> mistakes = new ArrayList<>();
		Tally production = new Tally();
		Tally baseline = new Tally();
		for (int i = 0; i < cases.size(); i++) {
			LabelledText c = cases.get(i);
			boolean asks = PersonRequest.in(c.text());
			boolean byDetector = asks || this.detector.assess(c.text(), List.of(), scores[i]).angry();
			boolean byLexicon = asks || !AngerLexicon.signals(c.text()).isEmpty();
			String language = Language.detect(c.text()).code();
			production.add(language, c.source(), byDetector, c.positive());
			if (byDetector != c.positive()) {
				mistakes.add(new Mistake(c, scores[i]));
			}
			baseline.add(language, c.source(), byLexicon, c.positive());
		}
		return new Report(cases.size(), production.result(), baseline.result(), mistakes);
	}

	/** Classifier scores for all cases, embedded in bulk per language. */
	private double[] scores(List<LabelledText> cases) {
		double[] scores = new double[cases.size()];
		for (Language language : Language.values()) {
			List<Integer> indexes = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < cases.size(); i++) {
				QueryText query = QueryText.of(cases.get(i).text());
				if (query.language() == language && !query.normalized().isBlank()) {
					indexes.add(i);
					texts.add(query.normalized());
				}
			}
			List<float[]> vectors = this.embedder.embedAll(language, texts);
			for (int k = 0; k < indexes.size(); k++) {
				int i = indexes.get(k);
				scores[i] = this.detector.score(QueryText.of(cases.get(i).text()), vectors.get(k));
			}
		}
		return scores;
	}

	/**
	 * The results of one run.
	 *
	 * @param cases how many cases
	 * @param detector the production decision
	 * @param lexiconBaseline the lexicon-only baseline
	 * @param mistakes the cases the production decision got wrong
	 */
	record Report(int cases, Breakdown detector, Breakdown lexiconBaseline, List<Mistake> mistakes) {
	}

	/**
	 * A case the production decision got wrong.
	 *
	 * @param labelled the case
	 * @param score the classifier's probability
	 */
	record Mistake(LabelledText labelled, double score) {
	}

	/**
	 * Counts overall, per language and per source dataset.
	 *
	 * @param overall all cases
	 * @param perLanguage by the detected language
	 * @param perSource by the dataset the case came from
	 */
	record Breakdown(BinaryCounts overall, Map<String, BinaryCounts> perLanguage, Map<String, BinaryCounts> perSource) {
	}

	private static final class Tally {

		private BinaryCounts overall = BinaryCounts.NONE;

		private final Map<String, BinaryCounts> perLanguage = new TreeMap<>();

		private final Map<String, BinaryCounts> perSource = new TreeMap<>();

		void add(String language, String source, boolean predicted, boolean actual) {
			this.overall = this.overall.add(predicted, actual);
			this.perLanguage.merge(language, BinaryCounts.NONE.add(predicted, actual), Tally::sum);
			if (source != null && !source.isBlank()) {
				this.perSource.merge(source, BinaryCounts.NONE.add(predicted, actual), Tally::sum);
			}
		}

		Breakdown result() {
			return new Breakdown(this.overall, new LinkedHashMap<>(this.perLanguage),
					new LinkedHashMap<>(this.perSource));
		}

		private static BinaryCounts sum(BinaryCounts a, BinaryCounts b) {
			return new BinaryCounts(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
					a.falseNegatives() + b.falseNegatives(), a.trueNegatives() + b.trueNegatives());
		}

	}

}
