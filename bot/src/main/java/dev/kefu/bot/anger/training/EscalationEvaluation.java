package dev.kefu.bot.anger.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.anger.ConcernDetector;
import dev.kefu.bot.anger.ConcernModel;
import dev.kefu.bot.anger.DetectionSettings;
import dev.kefu.knowledge.search.QueryText;

/**
 * Measures "should this go to a person, and why" the way the chat decides it, on the same
 * cases in the same run for three detectors:
 * <ul>
 * <li><b>detector</b>: what the chat runs (the models per concern, the lexicon, the
 * writing and the conversation rules);</li>
 * <li><b>lexicon</b>: the same lexicon and rules without any model (the baseline a model
 * has to beat);</li>
 * <li><b>today</b>: the detector before issue 18 ({@link TodaysDetector}).</li>
 * </ul>
 * Messages are scored alone (their earlier messages unknown); conversations turn by turn,
 * each turn with the shopper's earlier turns, a conversation counting as with a person
 * from the first turn a detector sends it there.
 */
final class EscalationEvaluation {

	static final String DETECTOR = "detector";

	static final String LEXICON = "lexicon";

	static final String TODAY = "today";

	private static final List<Double> SHIFTS = List.of(-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0);

	private final BulkEmbeddings embeddings;

	private final ConcernModel model;

	private final DetectionSettings settings;

	private final TodaysDetector today;

	EscalationEvaluation(BulkEmbeddings embeddings, ConcernModel model, DetectionSettings settings,
			TodaysDetector today) {
		this.embeddings = embeddings;
		this.model = model;
		this.settings = settings;
		this.today = today;
	}

	MessageReport messages(List<LabelledText> cases) {
		return messages(cases, null);
	}

	/**
	 * Scores messages, with their readings given (out-of-fold readings in training) or
	 * made by the model.
	 * @param cases the messages
	 * @param given one reading per case, or null
	 * @return the report
	 */
	MessageReport messages(List<LabelledText> cases, List<ConcernDetector.Reading> given) {
		this.embeddings.embed(cases.stream().map(LabelledText::text).toList());
		ConcernDetector detector = new ConcernDetector(this.embeddings, this.model, this.settings);
		ConcernDetector lexicon = lexiconOnly();
		Map<String, Tally> tallies = tallies();
		List<Mistake> mistakes = new ArrayList<>();
		List<ConcernDetector.Reading> readings = new ArrayList<>();
		for (int n = 0; n < cases.size(); n++) {
			LabelledText c = cases.get(n);
			ConcernDetector.Reading reading = (given != null) ? given.get(n) : detector.read(c.text());
			readings.add(reading);
			Assessment production = detector.decide(reading, List.of());
			String group = group(c.script(), reading.query());
			tallies.get(DETECTOR).add(group, c.source(), production.concerns(), c);
			tallies.get(LEXICON)
				.add(group, c.source(), lexicon.decide(lexicon.read(c.text()), List.of()).concerns(), c);
			tallies.get(TODAY).add(group, c.source(), todays(c.text(), List.of()), c);
			if (production.needsPerson() != c.positive() || (c.positive() && !c.reasons().isEmpty()
					&& !production.concerns().containsAll(messageOnly(c.reasons())))) {
				mistakes.add(new Mistake(DETECTOR, c, production));
			}
		}
		Map<Concern, List<PrPoint>> perConcern = new EnumMap<>(Concern.class);
		boolean withReasons = cases.stream().anyMatch((c) -> !c.reasons().isEmpty());
		if (withReasons) {
			for (Concern concern : Concern.IN_A_MESSAGE) {
				perConcern.put(concern, concernCurve(cases, readings, concern));
			}
		}
		List<PrPoint> shifts = new ArrayList<>();
		for (double shift : SHIFTS) {
			ConcernDetector shifted = new ConcernDetector(this.embeddings, this.model,
					new DetectionSettings(this.settings.thresholds(), this.settings.gate(),
							this.settings.shift() + shift, this.settings.lexicon(), true));
			BinaryCounts counts = BinaryCounts.NONE;
			for (int i = 0; i < cases.size(); i++) {
				counts = counts.add(shifted.decide(readings.get(i), List.of()).needsPerson(), cases.get(i).positive());
			}
			shifts.add(new PrPoint(shift, counts));
		}
		Map<String, Breakdown> results = new LinkedHashMap<>();
		tallies.forEach((name, tally) -> results.put(name, tally.result()));
		return new MessageReport(cases.size(), withReasons, results, perConcern, shifts, mistakes);
	}

	ConversationReport conversations(List<Conversation> conversations) {
		this.embeddings
			.embed(conversations.stream().flatMap((c) -> c.turns().stream()).map(Conversation.Turn::text).toList());
		ConcernDetector detector = new ConcernDetector(this.embeddings, this.model, this.settings);
		ConcernDetector lexicon = lexiconOnly();
		Map<String, ConversationTally> tallies = new LinkedHashMap<>();
		tallies.put(DETECTOR, new ConversationTally());
		tallies.put(LEXICON, new ConversationTally());
		tallies.put(TODAY, new ConversationTally());
		List<String> lines = new ArrayList<>();
		for (Conversation c : conversations) {
			Map<String, Set<Concern>> raised = new LinkedHashMap<>();
			Map<String, Integer> firstTurn = new LinkedHashMap<>();
			tallies.keySet().forEach((name) -> raised.put(name, EnumSet.noneOf(Concern.class)));
			List<String> earlier = new ArrayList<>();
			int goldFirst = 0;
			for (Conversation.Turn turn : c.turns()) {
				if (turn.label() == 1 && goldFirst == 0) {
					goldFirst = turn.number();
				}
				Map<String, Set<Concern>> now = Map.of(DETECTOR, detector.assess(turn.text(), earlier).concerns(),
						LEXICON, lexicon.assess(turn.text(), earlier).concerns(), TODAY, todays(turn.text(), earlier));
				for (String name : tallies.keySet()) {
					raised.get(name).addAll(now.get(name));
					if (!raised.get(name).isEmpty()) {
						firstTurn.putIfAbsent(name, turn.number());
					}
					tallies.get(name).turn(raised.get(name), turn);
				}
				earlier.add(0, turn.text());
			}
			for (String name : tallies.keySet()) {
				tallies.get(name).conversation(firstTurn.getOrDefault(name, 0), goldFirst);
			}
			if (!raised.get(DETECTOR).equals(c.turns().get(c.turns().size() - 1).reasons())) {
				lines.add(c.id() + " detector " + raised.get(DETECTOR) + " at turn "
						+ firstTurn.getOrDefault(DETECTOR, 0) + ", labelled "
						+ c.turns().get(c.turns().size() - 1).reasons() + " from turn " + goldFirst);
			}
		}
		Map<String, ConversationResult> results = new LinkedHashMap<>();
		tallies.forEach((name, tally) -> results.put(name, tally.result()));
		return new ConversationReport(conversations.size(),
				conversations.stream().mapToInt((c) -> c.turns().size()).sum(), results, lines);
	}

	private List<PrPoint> concernCurve(List<LabelledText> cases, List<ConcernDetector.Reading> readings,
			Concern concern) {
		List<PrPoint> points = new ArrayList<>();
		List<Double> thresholds = new ArrayList<>();
		for (int step = 1; step <= 19; step++) {
			thresholds.add(step * 0.05);
		}
		for (double t : thresholds) {
			BinaryCounts counts = BinaryCounts.NONE;
			for (int i = 0; i < cases.size(); i++) {
				ConcernDetector.Reading r = readings.get(i);
				if (r.query().isBlank()) {
					counts = counts.add(false, cases.get(i).reasons().contains(concern));
					continue;
				}
				boolean predicted = r.probabilities().get(concern) >= t
						|| (this.settings.lexicon() && r.hits().isSure(concern));
				counts = counts.add(predicted, cases.get(i).reasons().contains(concern));
			}
			points.add(new PrPoint(t, counts));
		}
		return points;
	}

	private ConcernDetector lexiconOnly() {
		Map<Concern, Double> never = new EnumMap<>(Concern.class);
		Concern.IN_A_MESSAGE.forEach((c) -> never.put(c, 1.01));
		ConcernModel rulesOnly = new ConcernModel(this.model.perLanguage(),
				new ConcernModel.ConversationRules(2.0, 2.0, 2.0));
		return new ConcernDetector(this.embeddings, rulesOnly, new DetectionSettings(never, null, 0, true, true));
	}

	private Set<Concern> todays(String text, List<String> earlier) {
		QueryText query = QueryText.of(text);
		float[] embedding = query.isBlank() ? null : this.embeddings.embed(query.language(), query.normalized());
		return this.today.reasons(text, earlier, embedding);
	}

	private static String group(String script, QueryText query) {
		return script.isBlank() ? query.language().code() : script;
	}

	private static Set<Concern> messageOnly(Set<Concern> reasons) {
		Set<Concern> only = EnumSet.noneOf(Concern.class);
		reasons.stream().filter(Concern.IN_A_MESSAGE::contains).forEach(only::add);
		return only;
	}

	private static Map<String, Tally> tallies() {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		tallies.put(DETECTOR, new Tally());
		tallies.put(LEXICON, new Tally());
		tallies.put(TODAY, new Tally());
		return tallies;
	}

	/**
	 * One run over single messages.
	 *
	 * @param cases how many
	 * @param withReasons whether the file says why (per-reason figures then exist)
	 * @param results per detector
	 * @param perConcern the detector's precision and recall per concern at thresholds
	 * 0.05 to 0.95 (the lexicon's sure words always counting)
	 * @param shifts the detector's "send to a person" precision and recall with every
	 * threshold shifted by the given log-odds
	 * @param mistakes the cases the detector got wrong (or right for a wrong reason)
	 */
	record MessageReport(int cases, boolean withReasons, Map<String, Breakdown> results,
			Map<Concern, List<PrPoint>> perConcern, List<PrPoint> shifts, List<Mistake> mistakes) {
	}

	/**
	 * A point of a precision-recall table.
	 *
	 * @param at the threshold, or the shift
	 * @param counts the confusion counts there
	 */
	record PrPoint(double at, BinaryCounts counts) {
	}

	/**
	 * A case the detector got wrong (or the lexicon sent to a person wrongly).
	 *
	 * @param who which detector
	 * @param labelled the case
	 * @param assessment what the detector made of it
	 */
	record Mistake(String who, LabelledText labelled, Assessment assessment) {
	}

	/**
	 * One detector's counts.
	 *
	 * @param overall "send to a person or not", all cases
	 * @param perGroup the same per script (or language)
	 * @param perSource the same per source dataset
	 * @param perReason per reason: found or not, against the labelled reasons
	 */
	record Breakdown(BinaryCounts overall, Map<String, BinaryCounts> perGroup, Map<String, BinaryCounts> perSource,
			Map<Concern, BinaryCounts> perReason) {
	}

	/**
	 * One run over conversations.
	 *
	 * @param conversations how many
	 * @param turns how many shopper turns
	 * @param results per detector
	 * @param differences the conversations where the detector's reasons differ from the
	 * labels
	 */
	record ConversationReport(int conversations, int turns, Map<String, ConversationResult> results,
			List<String> differences) {
	}

	/**
	 * One detector's figures over conversations.
	 *
	 * @param turns per turn: with a person after it or not
	 * @param perReason per turn: each reason raised so far or not
	 * @param conversations per conversation: ever sent to a person or not
	 * @param onTime of the conversations rightly sent, those sent at the labelled turn
	 * @param early ... sent before it
	 * @param late ... sent after it
	 */
	record ConversationResult(BinaryCounts turns, Map<Concern, BinaryCounts> perReason, BinaryCounts conversations,
			int onTime, int early, int late) {
	}

	private static final class Tally {

		private BinaryCounts overall = BinaryCounts.NONE;

		private final Map<String, BinaryCounts> perGroup = new TreeMap<>();

		private final Map<String, BinaryCounts> perSource = new TreeMap<>();

		private final Map<Concern, BinaryCounts> perReason = new EnumMap<>(Concern.class);

		void add(String group, String source, Set<Concern> predicted, LabelledText actual) {
			boolean escalated = !predicted.isEmpty();
			this.overall = this.overall.add(escalated, actual.positive());
			this.perGroup.merge(group, BinaryCounts.NONE.add(escalated, actual.positive()), BinaryCounts::plus);
			if (!source.isBlank()) {
				this.perSource.merge(source, BinaryCounts.NONE.add(escalated, actual.positive()), BinaryCounts::plus);
			}
			if (!actual.reasons().isEmpty() || !actual.positive()) {
				for (Concern concern : Concern.IN_A_MESSAGE) {
					this.perReason.merge(concern,
							BinaryCounts.NONE.add(predicted.contains(concern), actual.reasons().contains(concern)),
							BinaryCounts::plus);
				}
			}
		}

		Breakdown result() {
			return new Breakdown(this.overall, new LinkedHashMap<>(this.perGroup), new LinkedHashMap<>(this.perSource),
					new EnumMap<>(this.perReason));
		}

	}

	private static final class ConversationTally {

		private BinaryCounts turns = BinaryCounts.NONE;

		private final Map<Concern, BinaryCounts> perReason = new EnumMap<>(Concern.class);

		private BinaryCounts conversations = BinaryCounts.NONE;

		private int onTime;

		private int early;

		private int late;

		void turn(Set<Concern> raised, Conversation.Turn turn) {
			this.turns = this.turns.add(!raised.isEmpty(), turn.label() == 1);
			for (Concern concern : Concern.values()) {
				this.perReason.merge(concern,
						BinaryCounts.NONE.add(raised.contains(concern), turn.reasons().contains(concern)),
						BinaryCounts::plus);
			}
		}

		void conversation(int firstPredicted, int firstLabelled) {
			this.conversations = this.conversations.add(firstPredicted > 0, firstLabelled > 0);
			if (firstPredicted > 0 && firstLabelled > 0) {
				if (firstPredicted == firstLabelled) {
					this.onTime++;
				}
				else if (firstPredicted < firstLabelled) {
					this.early++;
				}
				else {
					this.late++;
				}
			}
		}

		ConversationResult result() {
			return new ConversationResult(this.turns, new EnumMap<>(this.perReason), this.conversations, this.onTime,
					this.early, this.late);
		}

	}

}
