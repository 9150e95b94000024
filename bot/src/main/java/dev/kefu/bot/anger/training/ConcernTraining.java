package dev.kefu.bot.anger.training;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.anger.ConcernDetector;
import dev.kefu.bot.anger.ConcernFeatures;
import dev.kefu.bot.anger.ConcernLexicon;
import dev.kefu.bot.anger.ConcernModel;
import dev.kefu.bot.anger.DetectionSettings;
import dev.kefu.bot.anger.WritingSignals;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * Trains the concern detector on development data only:
 * <ol>
 * <li>per language and concern, a weighted logistic regression over the standardised
 * embedding and the lexicon and writing features, on the shop's dev messages, the
 * messages of the dev conversations (each turn labelled with the reasons it raised), and
 * for ANGER and REQUESTED the public datasets' training splits, weighted so that together
 * they count {@code publicWeight} times the shop's data;</li>
 * <li>the threshold of each concern by cost: the probability that minimises
 * {@code cost × missed + false alarms} on out-of-fold predictions (five folds over the
 * shop's data, a conversation's turns kept in one fold), since a missed safety case costs
 * far more than a needless hand-off;</li>
 * <li>the conversation rules (when two messages ask the same thing, when negativity has
 * risen) by the best F1 on the dev conversations, from the same out-of-fold
 * readings.</li>
 * </ol>
 */
final class ConcernTraining {

	/** What a missed concern costs, counted in needless hand-offs. */
	static final Map<Concern, Double> DEFAULT_COSTS = Map.of(Concern.SAFETY, 20.0, Concern.LEGAL, 10.0, Concern.ANGER,
			3.0, Concern.PAYMENT, 3.0, Concern.PARCEL, 3.0, Concern.PRIVACY, 3.0, Concern.REQUESTED, 3.0);

	/**
	 * What a reason given to a message that needed a person for other reasons costs: it
	 * routes the conversation to the wrong skills and may raise its priority.
	 */
	private static final double WRONG_REASON = 1;

	/** A miss that costs this many needless hand-offs or more is costly. */
	private static final double COSTLY = 10;

	/** The dev recall of the costly concerns that precision may not cost. */
	private static final double COSTLY_RECALL = 0.97;

	private static final int FOLDS = 5;

	private static final int MAX_PUBLIC_PER_LANGUAGE = 8000;

	private final BulkEmbeddings embeddings;

	private final PrintStream out;

	private final Map<Concern, Double> costs;

	private final double publicWeight;

	private final double l2;

	private final double minimumPrecision;

	ConcernTraining(BulkEmbeddings embeddings, PrintStream out, Map<Concern, Double> costs, double publicWeight,
			double l2, double minimumPrecision) {
		this.minimumPrecision = minimumPrecision;
		this.embeddings = embeddings;
		this.out = out;
		this.costs = costs;
		this.publicWeight = publicWeight;
		this.l2 = l2;
	}

	Result train(List<LabelledText> shopMessages, List<Conversation> shopConversations,
			List<LabelledText> publicTraining) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < shopMessages.size(); i++) {
			LabelledText m = shopMessages.get(i);
			rows.add(new Row(QueryText.of(m.text()), messageConcerns(m.reasons()), "m" + i, true, true, null));
		}
		for (Conversation c : shopConversations) {
			Set<Concern> before = EnumSet.noneOf(Concern.class);
			for (Conversation.Turn turn : c.turns()) {
				Set<Concern> raised = EnumSet.noneOf(Concern.class);
				raised.addAll(turn.reasons());
				raised.removeAll(before);
				Set<Concern> here = messageConcerns(raised);
				// A turn that only carries earlier reasons says nothing of its own words.
				boolean trains = turn.label() == 0 || !here.isEmpty();
				rows.add(new Row(QueryText.of(turn.text()), here, "c" + c.id(), true, trains,
						c.id() + "#" + turn.number()));
				before.addAll(turn.reasons());
			}
		}
		List<LabelledText> usable = new ArrayList<>(
				publicTraining.stream().filter((t) -> !t.positive() || !t.reasons().isEmpty()).toList());
		Collections.shuffle(usable, new Random(18));
		Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
		for (LabelledText t : usable) {
			QueryText query = QueryText.of(t.text());
			if (query.isBlank() || perLanguage.merge(query.language(), 1, Integer::sum) > MAX_PUBLIC_PER_LANGUAGE) {
				continue;
			}
			rows.add(new Row(query, messageConcerns(t.reasons()), "p", false, true, t.source()));
		}
		this.embeddings.embed(rows.stream().map((r) -> r.query().original()).toList());

		Map<Language, ConcernModel.LanguageModel> models = new EnumMap<>(Language.class);
		Map<Row, Map<Concern, Double>> outOfFold = new HashMap<>();
		Map<Row, Double> outOfFoldGate = new HashMap<>();
		for (Language language : Language.values()) {
			List<Row> ofLanguage = rows.stream().filter((r) -> r.query().language() == language).toList();
			models.put(language, trainLanguage(language, ofLanguage, outOfFold, outOfFoldGate));
		}
		models = meetPrecision(models, rows, outOfFold, outOfFoldGate);
		ConcernModel provisional = new ConcernModel(models, new ConcernModel.ConversationRules(0.85, 0.5, 0.6));
		ConcernModel.ConversationRules rules = tuneConversation(provisional, shopConversations, rows, outOfFold,
				outOfFoldGate);
		ConcernModel model = new ConcernModel(models, rules);
		return new Result(model, outOfFoldReadings(model, rows, outOfFold, outOfFoldGate));
	}

	/**
	 * Raises every threshold (by the same log-odds) until the whole detector, lexicon
	 * included, sends calm dev messages to people rarely enough: the cost-chosen
	 * thresholds keep the cheapest mix of mistakes, and this keeps that mix within the
	 * precision a shop asks of "send to a person". Safety and legal cases, whose miss
	 * costs many needless hand-offs, and the gate they pass through are raised only as
	 * far as their dev recall stays at {@link #COSTLY_RECALL}: raising them with the rest
	 * bought precision with missed injuries and threats.
	 */
	private Map<Language, ConcernModel.LanguageModel> meetPrecision(Map<Language, ConcernModel.LanguageModel> models,
			List<Row> rows, Map<Row, Map<Concern, Double>> outOfFold, Map<Row, Double> outOfFoldGate) {
		List<Row> messages = rows.stream().filter((r) -> r.shop() && r.trains() && r.key() == null).toList();
		Map<String, ConcernDetector.Reading> readings = outOfFoldReadings(
				new ConcernModel(models, new ConcernModel.ConversationRules(2, 2, 2)), rows, outOfFold, outOfFoldGate);
		double cap = 0;
		for (int step = 1; step <= 40; step++) {
			if (!keepsCostlyRecall(raised(models, step / 10.0, step / 10.0), messages, readings)) {
				break;
			}
			cap = step / 10.0;
		}
		for (int step = 0; step <= 40; step++) {
			double shift = step / 10.0;
			Map<Language, ConcernModel.LanguageModel> raised = raised(models, shift, Math.min(shift, cap));
			BinaryCounts counts = BinaryCounts.NONE;
			ConcernDetector detector = detector(raised);
			for (Row r : messages) {
				counts = counts.add(detector.decide(readings.get(r.group()), List.of()).needsPerson(),
						!r.labels().isEmpty());
			}
			if (counts.precision() >= this.minimumPrecision || step == 40) {
				this.out
					.printf("thresholds raised by %.1f log-odds, safety and legal by %.1f, for precision %.3f on dev "
							+ "(recall %.3f)%n", shift, Math.min(shift, cap), counts.precision(), counts.recall());
				return raised;
			}
		}
		return models;
	}

	private boolean keepsCostlyRecall(Map<Language, ConcernModel.LanguageModel> raised, List<Row> messages,
			Map<String, ConcernDetector.Reading> readings) {
		ConcernDetector detector = detector(raised);
		for (Concern concern : Concern.values()) {
			if (this.costs.getOrDefault(concern, 1.0) < COSTLY) {
				continue;
			}
			List<Row> labelled = messages.stream().filter((r) -> r.labels().contains(concern)).toList();
			long found = labelled.stream()
				.filter((r) -> detector.decide(readings.get(r.group()), List.of()).concerns().contains(concern))
				.count();
			if (!labelled.isEmpty() && found < COSTLY_RECALL * labelled.size()) {
				return false;
			}
		}
		return true;
	}

	private ConcernDetector detector(Map<Language, ConcernModel.LanguageModel> models) {
		return new ConcernDetector(this.embeddings,
				new ConcernModel(models, new ConcernModel.ConversationRules(2, 2, 2)),
				new DetectionSettings(Map.of(), null, 0, true, false));
	}

	private Map<Language, ConcernModel.LanguageModel> raised(Map<Language, ConcernModel.LanguageModel> models,
			double shift, double costlyShift) {
		DetectionSettings cheap = new DetectionSettings(Map.of(), null, shift, true, true);
		DetectionSettings costly = new DetectionSettings(Map.of(), null, costlyShift, true, true);
		Map<Language, ConcernModel.LanguageModel> raised = new EnumMap<>(Language.class);
		models.forEach((language, m) -> {
			Map<Concern, ConcernModel.Classifier> classifiers = new EnumMap<>(Concern.class);
			m.classifiers().forEach((concern, c) -> {
				DetectionSettings by = (this.costs.getOrDefault(concern, 1.0) >= COSTLY) ? costly : cheap;
				classifiers.put(concern,
						new ConcernModel.Classifier(c.bias(), c.weights(), by.threshold(concern, c.threshold()),
								c.trainedOn() + String.format("; raised %.1f log-odds for precision %.2f", by.shift(),
										this.minimumPrecision)));
			});
			ConcernModel.Classifier g = m.gate();
			raised.put(language,
					new ConcernModel.LanguageModel(m.embeddingModel(), m.mean(), m.scale(), m.features(), classifiers,
							new ConcernModel.Classifier(g.bias(), g.weights(), costly.gateThreshold(g.threshold()),
									g.trainedOn())));
		});
		return raised;
	}

	private ConcernModel.LanguageModel trainLanguage(Language language, List<Row> rows,
			Map<Row, Map<Concern, Double>> outOfFold, Map<Row, Double> outOfFoldGate) {
		int dims = this.embeddings.embed(language, rows.get(0).query().normalized()).length;
		double[] mean = new double[dims];
		double[] scale = new double[dims];
		List<float[]> vectors = rows.stream()
			.map((r) -> this.embeddings.embed(language, r.query().normalized()))
			.toList();
		for (float[] v : vectors) {
			for (int k = 0; k < dims; k++) {
				mean[k] += v[k] / vectors.size();
			}
		}
		for (float[] v : vectors) {
			for (int k = 0; k < dims; k++) {
				scale[k] += (v[k] - mean[k]) * (v[k] - mean[k]) / vectors.size();
			}
		}
		for (int k = 0; k < dims; k++) {
			scale[k] = Math.max(1e-6, Math.sqrt(scale[k]));
		}
		ConcernModel.LanguageModel standardise = new ConcernModel.LanguageModel(this.embeddings.modelName(language),
				mean, scale, ConcernFeatures.NAMES, Map.of(), null);
		double[][] x = new double[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			QueryText q = rows.get(i).query();
			x[i] = standardise.input(vectors.get(i),
					ConcernFeatures.of(ConcernLexicon.read(q), WritingSignals.signals(q, List.of())));
		}
		List<String> groups = new ArrayList<>(
				new LinkedHashSet<>(rows.stream().filter(Row::shop).map(Row::group).toList()));
		Collections.shuffle(groups, new Random(language.ordinal() + 7L));
		Map<String, Integer> fold = new HashMap<>();
		for (int g = 0; g < groups.size(); g++) {
			fold.put(groups.get(g), g % FOLDS);
		}
		// Out-of-fold probabilities of the gate (null) and of each concern.
		Map<Concern, double[]> oofs = new HashMap<>();
		List<Concern> targets = new ArrayList<>();
		targets.add(null);
		targets.addAll(Concern.IN_A_MESSAGE);
		for (Concern concern : targets) {
			boolean withPublic = concern == null || concern == Concern.ANGER || concern == Concern.REQUESTED;
			double[] oof = new double[rows.size()];
			for (int f = 0; f < FOLDS; f++) {
				int held = f;
				double[] w = fit(rows, x, concern, withPublic,
						(i) -> !rows.get(i).shop() || fold.get(rows.get(i).group()) != held);
				for (int i = 0; i < rows.size(); i++) {
					if (rows.get(i).shop() && fold.get(rows.get(i).group()) == held) {
						oof[i] = WeightedLogisticRegression.predict(w, x[i]);
					}
				}
			}
			oofs.put(concern, oof);
		}
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).shop()) {
				Map<Concern, Double> probabilities = new EnumMap<>(Concern.class);
				for (Concern concern : Concern.IN_A_MESSAGE) {
					probabilities.put(concern, oofs.get(concern)[i]);
				}
				outOfFold.put(rows.get(i), probabilities);
				outOfFoldGate.put(rows.get(i), oofs.get(null)[i]);
			}
		}
		// The gate's threshold and each concern's, by the cost of the mistakes they make
		// together: a missed concern costs its cost, a calm message sent to a person 1.
		double bestGate = 0;
		double bestCost = Double.MAX_VALUE;
		Map<Concern, Double> bestThresholds = new EnumMap<>(Concern.class);
		for (int g = 0; g <= 90; g += 5) {
			double gate = g / 100.0;
			Map<Concern, Double> thresholds = new EnumMap<>(Concern.class);
			for (Concern concern : Concern.IN_A_MESSAGE) {
				thresholds.put(concern, threshold(rows, oofs.get(concern), oofs.get(null), gate, concern));
			}
			double total = 0;
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				if (!r.shop() || !r.trains()) {
					continue;
				}
				boolean any = false;
				for (Concern concern : Concern.IN_A_MESSAGE) {
					boolean fires = oofs.get(null)[i] >= gate && oofs.get(concern)[i] >= thresholds.get(concern);
					any |= fires;
					if (r.labels().contains(concern) && !fires) {
						total += this.costs.get(concern);
					}
				}
				if (r.labels().isEmpty() && any) {
					total += 1;
				}
				for (Concern concern : Concern.IN_A_MESSAGE) {
					if (!r.labels().isEmpty() && !r.labels().contains(concern) && oofs.get(null)[i] >= gate
							&& oofs.get(concern)[i] >= thresholds.get(concern)) {
						total += WRONG_REASON;
					}
				}
			}
			if (total <= bestCost) {
				bestCost = total;
				bestGate = gate;
				bestThresholds = thresholds;
			}
		}
		Map<Concern, ConcernModel.Classifier> classifiers = new EnumMap<>(Concern.class);
		long shopRows = rows.stream().filter((r) -> r.shop() && r.trains()).count();
		long publicRows = rows.stream().filter((r) -> !r.shop()).count();
		for (Concern concern : Concern.IN_A_MESSAGE) {
			boolean withPublic = concern == Concern.ANGER || concern == Concern.REQUESTED;
			double[] w = fit(rows, x, concern, withPublic, (i) -> true);
			long positives = rows.stream().filter((r) -> r.trains() && r.labels().contains(concern)).count();
			String trainedOn = String.format(
					"%d shop dev messages and turns (%d with %s)%s; L2 %.3g; threshold by cost %.0f:1 on %d-fold out-of-fold predictions",
					shopRows, positives, concern, withPublic ? ", " + publicRows + " public training texts weighted "
							+ this.publicWeight + "× the shop's" : "",
					this.l2, this.costs.get(concern), FOLDS);
			classifiers.put(concern, new ConcernModel.Classifier(w[0], Arrays.copyOfRange(w, 1, w.length),
					bestThresholds.get(concern), trainedOn));
			this.out.printf("%s %-9s threshold %.2f  (%d positives)%n", language.code(), concern,
					bestThresholds.get(concern), positives);
		}
		double[] gateWeights = fit(rows, x, null, true, (i) -> true);
		ConcernModel.Classifier gate = new ConcernModel.Classifier(gateWeights[0],
				Arrays.copyOfRange(gateWeights, 1, gateWeights.length), bestGate,
				String.format(
						"%d shop dev messages and turns (needs a person or not), %d public training texts weighted %s× the shop's; L2 %.3g; threshold by cost with the concerns'",
						shopRows, publicRows, this.publicWeight, this.l2));
		this.out.printf("%s gate      threshold %.2f%n", language.code(), bestGate);
		return new ConcernModel.LanguageModel(this.embeddings.modelName(language), mean, scale, ConcernFeatures.NAMES,
				classifiers, gate);
	}

	private double[] fit(List<Row> rows, double[][] x, Concern concern, boolean withPublic, IntPredicate included) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			if (included.test(i) && r.trains() && (r.shop() || withPublic)) {
				chosen.add(i);
			}
		}
		double shopCount = chosen.stream().filter((i) -> rows.get(i).shop()).count();
		double publicCount = chosen.size() - shopCount;
		double[][] xs = new double[chosen.size()][];
		int[] ys = new int[chosen.size()];
		double[] ws = new double[chosen.size()];
		double positive = 0;
		double negative = 0;
		for (int k = 0; k < chosen.size(); k++) {
			Row r = rows.get(chosen.get(k));
			xs[k] = x[chosen.get(k)];
			ys[k] = ((concern != null) ? r.labels().contains(concern) : !r.labels().isEmpty()) ? 1 : 0;
			ws[k] = r.shop() ? 1 : this.publicWeight * shopCount / Math.max(1, publicCount);
			if (ys[k] == 1) {
				positive += ws[k];
			}
			else {
				negative += ws[k];
			}
		}
		double total = positive + negative;
		for (int k = 0; k < ws.length; k++) {
			ws[k] *= (ys[k] == 1) ? total / (2 * Math.max(positive, 1e-9)) : total / (2 * Math.max(negative, 1e-9));
		}
		return WeightedLogisticRegression.fit(xs, ys, ws, this.l2, xs[0].length - ConcernFeatures.NAMES.size());
	}

	/**
	 * The threshold that minimises the cost of the model's own mistakes on out-of-fold
	 * predictions. The lexicon's sure words are not counted here: on this dev data they
	 * look better than they will on wordings they were not written from, and a threshold
	 * chosen behind them would leave the model too little to do.
	 */
	private double threshold(List<Row> rows, double[] oof, double[] gateOof, double gate, Concern concern) {
		double cost = this.costs.get(concern);
		double best = 0.5;
		double bestCost = Double.MAX_VALUE;
		for (int step = 2; step <= 98; step++) {
			double t = step / 100.0;
			double total = 0;
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				if (!r.shop() || !r.trains()) {
					continue;
				}
				boolean predicted = gateOof[i] >= gate && oof[i] >= t;
				boolean actual = r.labels().contains(concern);
				if (actual && !predicted) {
					total += cost;
				}
				else if (!actual && predicted) {
					total += r.labels().isEmpty() ? 1 : WRONG_REASON;
				}
			}
			// Ties go to the higher threshold: as safe, fewer needless hand-offs
			// elsewhere.
			if (total <= bestCost) {
				bestCost = total;
				best = t;
			}
		}
		return best;
	}

	private ConcernModel.ConversationRules tuneConversation(ConcernModel model, List<Conversation> conversations,
			List<Row> rows, Map<Row, Map<Concern, Double>> outOfFold, Map<Row, Double> outOfFoldGate) {
		Map<String, ConcernDetector.Reading> readings = outOfFoldReadings(model, rows, outOfFold, outOfFoldGate);
		ConcernModel.ConversationRules best = model.conversation();
		double bestScore = -1;
		for (int s = 60; s <= 96; s += 2) {
			for (int calm = 30; calm <= 80; calm += 10) {
				for (int rise = 30; rise <= 90; rise += 10) {
					ConcernModel.ConversationRules rules = new ConcernModel.ConversationRules(s / 100.0, calm / 100.0,
							rise / 100.0);
					ConcernDetector detector = new ConcernDetector(this.embeddings,
							new ConcernModel(model.perLanguage(), rules), DetectionSettings.defaults());
					BinaryCounts repeated = BinaryCounts.NONE;
					BinaryCounts rising = BinaryCounts.NONE;
					for (Conversation c : conversations) {
						List<ConcernDetector.Reading> earlier = new ArrayList<>();
						Set<Concern> before = EnumSet.noneOf(Concern.class);
						for (Conversation.Turn turn : c.turns()) {
							ConcernDetector.Reading reading = readings.get(c.id() + "#" + turn.number());
							var assessment = detector.decide(reading, earlier);
							// Only the turn that raises it counts: later turns carry it.
							boolean newRepeat = turn.reasons().contains(Concern.REPEATED)
									&& !before.contains(Concern.REPEATED);
							boolean newRise = turn.reasons().contains(Concern.RISING)
									&& !before.contains(Concern.RISING);
							if (!before.contains(Concern.REPEATED)) {
								repeated = repeated.add(assessment.has(Concern.REPEATED), newRepeat);
							}
							if (!before.contains(Concern.RISING)) {
								rising = rising.add(assessment.has(Concern.RISING), newRise);
							}
							before.addAll(turn.reasons());
							earlier.add(0, reading);
						}
					}
					double score = repeated.f1() + rising.f1();
					if (score > bestScore) {
						bestScore = score;
						best = rules;
					}
				}
			}
		}
		this.out.printf(
				"conversation rules: repeat from cosine %.2f, rising after calm under %.2f to %.2f (dev F1 sum %.3f)%n",
				best.repeatSimilarity(), best.calmBefore(), best.risingTo(), bestScore);
		return best;
	}

	/** Readings of the shop's rows with their out-of-fold probabilities, by row key. */
	private Map<String, ConcernDetector.Reading> outOfFoldReadings(ConcernModel model, List<Row> rows,
			Map<Row, Map<Concern, Double>> outOfFold, Map<Row, Double> outOfFoldGate) {
		Map<String, ConcernDetector.Reading> readings = new HashMap<>();
		for (Row r : rows) {
			if (!r.shop()) {
				continue;
			}
			QueryText q = r.query();
			ConcernDetector.Reading full = ConcernDetector.reading(q,
					this.embeddings.embed(q.language(), q.normalized()), model);
			ConcernDetector.Reading oof = new ConcernDetector.Reading(q, full.embedding(), full.hits(), full.writing(),
					outOfFold.get(r), outOfFoldGate.get(r));
			readings.put((r.key() != null) ? r.key() : r.group(), oof);
		}
		return readings;
	}

	private static Set<Concern> messageConcerns(Set<Concern> reasons) {
		Set<Concern> message = EnumSet.noneOf(Concern.class);
		reasons.stream().filter(Concern.IN_A_MESSAGE::contains).forEach(message::add);
		return message;
	}

	/**
	 * The trained model, and the shop's dev data as the model saw it when each part was
	 * held out (to report cross-validated dev figures).
	 *
	 * @param model the model
	 * @param outOfFold readings by message ("m" and its line) or conversation turn
	 * ("id#n")
	 */
	record Result(ConcernModel model, Map<String, ConcernDetector.Reading> outOfFold) {
	}

	/**
	 * A training text.
	 *
	 * @param query the text
	 * @param labels the message concerns it carries
	 * @param group its cross-validation group (a conversation's turns share one)
	 * @param shop whether it is the shop's own data (else a public dataset)
	 * @param trains whether it is trained on (a turn that only carries earlier reasons is
	 * only predicted)
	 * @param key a conversation turn's key, or the public source
	 */
	private record Row(QueryText query, Set<Concern> labels, String group, boolean shop, boolean trains, String key) {
	}

}
