package dev.kefu.bot.anger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Decides whether a shopper's message, in its conversation, needs a person, and why.
 * <ul>
 * <li>Per message: a logistic regression per concern over the message's embedding (the
 * same in-process bge embedding the knowledge-base search already computed for the turn)
 * and the lexicon's and the writing's features; wording the lexicon is sure of counts on
 * its own.</li>
 * <li>Over the conversation: the same question asked a third time (by the embeddings'
 * cosine, or saying so), a long wait the shopper names, and negativity rising after calm
 * messages. A repeated question in capitals or ！！！ is anger.</li>
 * </ul>
 * A message's reading (embedding, lexicon, probabilities) does not depend on the
 * conversation and is kept for a while: the earlier messages of a conversation were read
 * in their own turns.
 */
public final class ConcernDetector {

	private static final int EARLIER_MESSAGES = 5;

	private final TextEmbedder embedder;

	private final ConcernModel model;

	private final DetectionSettings settings;

	private final Cache<String, Reading> readings = Caffeine.newBuilder().maximumSize(10_000).build();

	public ConcernDetector(TextEmbedder embedder, ConcernModel model, DetectionSettings settings) {
		this.embedder = embedder;
		this.model = model;
		this.settings = settings;
	}

	/**
	 * Assesses one message in its conversation.
	 * @param text what the shopper wrote
	 * @param earlierShopperTexts their earlier messages in the conversation, newest
	 * first, without the quick replies they tapped
	 * @return the assessment
	 */
	public Assessment assess(String text, List<String> earlierShopperTexts) {
		List<Reading> earlier = new ArrayList<>();
		for (String other : earlierShopperTexts.subList(0, Math.min(EARLIER_MESSAGES, earlierShopperTexts.size()))) {
			earlier.add(read(other));
		}
		return decide(read(text), earlier);
	}

	/**
	 * Decides on a message already read, in its conversation.
	 * @param reading the message
	 * @param earlier the shopper's earlier messages, newest first, without quick replies
	 * @return the assessment
	 */
	public Assessment decide(Reading reading, List<Reading> earlierReadings) {
		if (reading.query().isBlank()) {
			return Assessment.NOTHING;
		}
		List<Reading> earlier = earlierReadings.subList(0, Math.min(EARLIER_MESSAGES, earlierReadings.size()));
		Set<Concern> concerns = EnumSet.noneOf(Concern.class);
		Set<Signal> signals = EnumSet.noneOf(Signal.class);
		signals.addAll(reading.writing());
		if (reading.hits().isSure(Concern.ANGER) || signals.contains(Signal.INSULT_TO_BOT)) {
			signals.add(Signal.INSULT);
		}
		List<String> earlierTexts = earlier.stream().map((r) -> r.query().original()).toList();
		if (WritingSignals.signals(reading.query(), earlierTexts).contains(Signal.SAME_WORDS)) {
			signals.add(Signal.SAME_WORDS);
		}
		ConcernModel.LanguageModel language = this.model.language(reading.query().language());
		boolean gateOpen = language.gate() == null
				|| reading.gate() >= this.settings.gateThreshold(language.gate().threshold());
		for (Concern concern : Concern.IN_A_MESSAGE) {
			double probability = reading.probabilities().get(concern);
			if ((gateOpen && probability >= this.settings.threshold(concern, language.classifier(concern).threshold()))
					|| (this.settings.lexicon() && reading.hits().isSure(concern))) {
				concerns.add(concern);
			}
		}
		// English in capitals is shouting at someone; insults to the bot are anger at the
		// shop.
		if (this.settings.lexicon()
				&& (signals.contains(Signal.INSULT_TO_BOT) || WritingSignals.inCapitals(reading.query().original()))) {
			concerns.add(Concern.ANGER);
		}
		int timesAsked = 1;
		if (this.settings.conversation()) {
			timesAsked = conversation(reading, earlier, concerns, signals);
		}
		return new Assessment(concerns, reading.probabilities(), signals, timesAsked);
	}

	private int conversation(Reading reading, List<Reading> earlier, Set<Concern> concerns, Set<Signal> signals) {
		ConcernModel.ConversationRules rules = this.model.conversation();
		List<Reading> before = earlier.stream().filter((r) -> !r.query().isBlank()).toList();
		int asked = 0;
		for (Reading other : before) {
			if (other.query().language() == reading.query().language()
					&& cosine(other.embedding(), reading.embedding()) >= rules.repeatSimilarity()) {
				asked++;
			}
		}
		if (asked > 0) {
			signals.add(Signal.ASKED_BEFORE);
		}
		boolean saysAgain = signals.contains(Signal.SAYS_ASKED_AGAIN) && !before.isEmpty();
		if (asked >= 2 || (saysAgain && (asked >= 1 || before.size() >= 2))) {
			concerns.add(Concern.REPEATED);
			if (signals.contains(Signal.SHOUTING)) {
				concerns.add(Concern.ANGER);
			}
		}
		List<String> subject = new ArrayList<>();
		subject.add(reading.query().original());
		earlier.forEach((r) -> subject.add(r.query().original()));
		WaitingTime.in(reading.query())
			.filter((wait) -> WaitingTime.isLong(wait, subject))
			.ifPresent((wait) -> concerns.add(Concern.WAITING_LONG));
		if (before.size() >= 2) {
			double calmest = before.stream().mapToDouble((r) -> r.probabilities().get(Concern.ANGER)).max().orElse(0);
			boolean wasCalm = calmest < rules.calmBefore()
					&& before.stream().noneMatch((r) -> r.hits().isSure(Concern.ANGER));
			// Anger said outright is ANGER; rising is the calm shopper's patience running
			// out.
			if (wasCalm && !concerns.contains(Concern.ANGER) && (signals.contains(Signal.LOSING_PATIENCE)
					|| reading.probabilities().get(Concern.ANGER) >= rules.risingTo())) {
				concerns.add(Concern.RISING);
			}
		}
		return 1 + asked;
	}

	/**
	 * A message's reading on its own: embedding, lexicon, writing and each concern's
	 * probability.
	 * @param text the message
	 * @return the reading
	 */
	public Reading read(String text) {
		return this.readings.get(text, this::readNow);
	}

	private Reading readNow(String text) {
		QueryText query = QueryText.of(text);
		if (query.isBlank()) {
			return new Reading(query, new float[0], new ConcernLexicon.Hits(Set.of(), Set.of()), Set.of(), zeros(), 0);
		}
		return reading(query, this.embedder.embed(query.language(), query.normalized()), this.model);
	}

	/**
	 * Reads a message whose embedding is known.
	 * @param query the message
	 * @param embedding its embedding by its language's model
	 * @param model the classifiers
	 * @return the reading
	 */
	public static Reading reading(QueryText query, float[] embedding, ConcernModel model) {
		ConcernLexicon.Hits hits = ConcernLexicon.read(query);
		Set<Signal> writing = WritingSignals.signals(query, List.of());
		ConcernModel.LanguageModel language = model.language(query.language());
		double[] input = language.input(embedding, ConcernFeatures.of(hits, writing));
		Map<Concern, Double> probabilities = new EnumMap<>(Concern.class);
		for (Concern concern : Concern.IN_A_MESSAGE) {
			probabilities.put(concern, language.classifier(concern).probability(input));
		}
		double gate = (language.gate() != null) ? language.gate().probability(input) : 1;
		return new Reading(query, embedding, hits, writing, probabilities, gate);
	}

	static Map<Concern, Double> zeros() {
		Map<Concern, Double> zeros = new EnumMap<>(Concern.class);
		Concern.IN_A_MESSAGE.forEach((c) -> zeros.put(c, 0.0));
		return zeros;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
	}

	/**
	 * A message read on its own.
	 *
	 * @param query the text
	 * @param embedding its embedding
	 * @param hits what the lexicon found
	 * @param writing how it is written (without the conversation)
	 * @param probabilities each message concern's model probability
	 * @param gate the probability that the message needs a person at all
	 */
	public record Reading(QueryText query, float[] embedding, ConcernLexicon.Hits hits, Set<Signal> writing,
			Map<Concern, Double> probabilities, double gate) {
	}

}
