package dev.kefu.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kefu.knowledge.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Finds the knowledge-base entries that answer a question. Lexical (BM25, with synonyms)
 * and dense (embedding kNN) candidates are gathered per entry and fused: the cosine
 * similarity leads, since it is what recognises paraphrases, and BM25 adds a bounded
 * bonus for shared words. Shopper text is analysed, never parsed: {@code AND}, {@code *},
 * quotes or colons are just text.
 */
public final class KnowledgeSearch {

	/**
	 * How much a full BM25 match adds to the cosine similarity (tuned on the eval
	 * datasets).
	 */
	public static final double DEFAULT_LEXICAL_WEIGHT = 0.1;

	/**
	 * How much the learned classifier's probability adds, where one is trained (tuned on
	 * Bitext).
	 */
	public static final double CLASSIFIER_WEIGHT = 0.2;

	private static final int CANDIDATES = 50;

	/**
	 * Dense neighbours fetched: enough for each likely entry to contribute several
	 * phrasings, and for HNSW recall (k=10 misses about one in ten true neighbours after
	 * merging; k=50+ does not).
	 */
	private static final int DENSE_CANDIDATES = 100;

	/**
	 * An entry's dense score is the mean similarity of its best few phrasings: a vote of
	 * neighbours is steadier than the single nearest one, which an odd phrasing of the
	 * wrong entry can be.
	 */
	private static final int DENSE_VOTES = 3;

	/**
	 * How far below the first match an entry may score and still be offered as a choice
	 * (chosen on the dev splits): further down, it answers another question.
	 */
	static final double CHOICE_SPREAD = 0.06;

	/** Choices the bot offers at most. */
	public static final int MAX_CHOICES = 3;

	private static final Set<String> STORED = Set.of(IndexFields.ENTRY, IndexFields.PHRASING, IndexFields.REQUIRED);

	private static final Set<String> ENTRY_TEXT = Set.of(IndexFields.PHRASING, IndexFields.ANSWER);

	/** More than any entry's phrasings. */
	private static final int ENTRY_DOCUMENTS = 200;

	private final KnowledgeIndex index;

	private final KnowledgeAnalyzers analyzers;

	private final TextEmbedder embedder;

	private final RankingMode mode;

	private final double lexicalWeight;

	private volatile Calibration calibration;

	private volatile OutOfScope outOfScope;

	private volatile Map<Language, EntryClassifier> classifiers = Map.of();

	/**
	 * Creates the search.
	 * @param index the index to search
	 * @param analyzers the analysis (with the current synonyms)
	 * @param embedder the embedding models
	 * @param mode hybrid in production; the others for comparison
	 * @param lexicalWeight how much a full BM25 match adds to the cosine similarity
	 * @param calibration the calibrated confidence models
	 * @param outOfScope the none class the first match must be closer than
	 */
	public KnowledgeSearch(KnowledgeIndex index, KnowledgeAnalyzers analyzers, TextEmbedder embedder, RankingMode mode,
			double lexicalWeight, Calibration calibration, OutOfScope outOfScope) {
		this.index = index;
		this.analyzers = analyzers;
		this.embedder = embedder;
		this.mode = mode;
		this.lexicalWeight = lexicalWeight;
		this.calibration = calibration;
		this.outOfScope = outOfScope;
	}

	public SearchResult search(SearchRequest request) {
		QueryText query = QueryText.of(request.text());
		if (query.isBlank()) {
			return SearchResult.nothing(query, "nothing to search for");
		}
		float[] vector = (this.mode != RankingMode.BM25) ? this.embedder.embed(query.language(), query.searchable())
				: null;
		Map<String, Evidence> evidence = this.index.read((searcher) -> gather(searcher, request, query, vector));
		EntryClassifier classifier = this.classifiers.get(query.language());
		if (classifier != null && vector != null && this.mode == RankingMode.HYBRID) {
			double[] p = classifier.probabilities(vector);
			for (int i = 0; i < p.length; i++) {
				Evidence found = evidence.get(classifier.entryIds().get(i));
				if (found != null) {
					found.learned = p[i];
				}
			}
		}
		return rank(query, evidence, request.limit(), this.outOfScope.nearest(query.language(), vector));
	}

	/**
	 * The words of a question as the ranking sees them (for reading a follow-up with the
	 * question before it).
	 * @param query the question
	 * @return its words, in order
	 */
	public List<String> words(QueryText query) {
		return this.analyzers.words(query.language(), query.normalized());
	}

	/**
	 * What an entry says, normalised: its phrasings and its answer. A follow-up that
	 * names a new topic ("衣服怎么洗" then "皮鞋呢") is answered with the same entry only when
	 * the entry speaks of that topic.
	 * @param entryId the entry
	 * @return its phrasings and answer, one per line; empty when the index lacks it
	 */
	public String entryText(String entryId) {
		return this.index.read((searcher) -> {
			try {
				StringBuilder text = new StringBuilder();
				StoredFields stored = searcher.storedFields();
				TermQuery entry = new TermQuery(new Term(IndexFields.ENTRY, entryId));
				for (ScoreDoc hit : searcher.search(entry, ENTRY_DOCUMENTS).scoreDocs) {
					Document document = stored.document(hit.doc, ENTRY_TEXT);
					for (String field : ENTRY_TEXT) {
						for (String value : document.getValues(field)) {
							text.append(value).append('\n');
						}
					}
				}
				return text.toString();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Which of some words means most nearly the same as another (the embedding model's
	 * cosine): in "有学生优惠吗" then "那新人呢", 新人 takes the place of 学生.
	 * @param language the words' language
	 * @param word the new word
	 * @param candidates the words it may replace
	 * @return the nearest candidate, or empty without candidates
	 */
	public Optional<String> nearestWord(Language language, String word, List<String> candidates) {
		float[] target = this.embedder.embed(language, QueryText.normalize(word, language));
		String best = null;
		double bestSimilarity = Double.NEGATIVE_INFINITY;
		for (String candidate : candidates) {
			float[] vector = this.embedder.embed(language, candidate);
			double similarity = 0;
			for (int i = 0; i < vector.length; i++) {
				similarity += vector[i] * target[i];
			}
			if (similarity > bestSimilarity) {
				bestSimilarity = similarity;
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Replaces the confidence models (after a recalibration).
	 * @param calibration the new models
	 */
	public void useCalibration(Calibration calibration) {
		this.calibration = calibration;
	}

	public Calibration calibration() {
		return this.calibration;
	}

	/**
	 * Replaces the none class (after ops marked questions as not for the knowledge base).
	 * @param examples the new none class
	 */
	public void useOutOfScope(OutOfScope examples) {
		this.outOfScope = examples;
	}

	public OutOfScope outOfScope() {
		return this.outOfScope;
	}

	/**
	 * Trains the learned part of the ranking on the indexed entries, per language, where
	 * they have enough phrasings (see {@link EntryClassifier}); elsewhere the ranking
	 * goes without it.
	 * @param entries every indexed entry, with vectors
	 */
	public void learnFrom(List<IndexedEntry> entries) {
		Map<Language, EntryClassifier> trained = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			EntryClassifier.train(entries.stream().filter((e) -> e.language() == language).toList())
				.ifPresent((classifier) -> trained.put(language, classifier));
		}
		this.classifiers = Map.copyOf(trained);
	}

	private Map<String, Evidence> gather(IndexSearcher searcher, SearchRequest request, QueryText query,
			float[] vector) {
		try {
			Map<String, Evidence> evidence = new HashMap<>();
			Query filter = filter(request, query.language());
			StoredFields stored = searcher.storedFields();
			if (this.mode != RankingMode.DENSE) {
				Query lexical = lexicalQuery(query);
				if (lexical != null) {
					Query filtered = new BooleanQuery.Builder().add(lexical, Occur.MUST)
						.add(filter, Occur.FILTER)
						.build();
					for (ScoreDoc hit : searcher.search(filtered, CANDIDATES).scoreDocs) {
						Document document = stored.document(hit.doc, STORED);
						evidence.computeIfAbsent(document.get(IndexFields.ENTRY), (id) -> new Evidence(document))
							.lexical(hit.score, document.get(IndexFields.PHRASING));
					}
				}
			}
			if (vector != null) {
				Query dense = new KnnFloatVectorQuery(IndexFields.vector(query.language()), vector, DENSE_CANDIDATES,
						filter);
				for (ScoreDoc hit : searcher.search(dense, DENSE_CANDIDATES).scoreDocs) {
					Document document = stored.document(hit.doc, STORED);
					// Lucene scores cosine similarity as (1 + cos) / 2.
					evidence.computeIfAbsent(document.get(IndexFields.ENTRY), (id) -> new Evidence(document))
						.dense(2 * hit.score - 1, document.get(IndexFields.PHRASING));
				}
			}
			return evidence;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query lexicalQuery(QueryText query) {
		Analyzer analyzer = (this.mode == RankingMode.BM25) ? this.analyzers.plain(query.language())
				: this.analyzers.query(query.language());
		QueryBuilder builder = new QueryBuilder(analyzer);
		return builder.createBooleanQuery(IndexFields.text(query.language()), searchText(query));
	}

	/** The baseline stays raw BM25 over the shopper's own words. */
	private String searchText(QueryText query) {
		return (this.mode == RankingMode.BM25) ? query.normalized() : query.searchable();
	}

	private static Query filter(SearchRequest request, Language language) {
		long now = request.at().toEpochMilli();
		BooleanQuery.Builder filter = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(IndexFields.LANGUAGE, language.code())), Occur.FILTER)
			.add(LongPoint.newRangeQuery(IndexFields.VALID_FROM, Long.MIN_VALUE, now), Occur.FILTER)
			.add(LongPoint.newRangeQuery(IndexFields.VALID_TO, now, Long.MAX_VALUE), Occur.FILTER);
		if (request.hasProductContext()) {
			List<BytesRef> scopes = new ArrayList<>();
			scopes.add(new BytesRef(IndexFields.ALL_PRODUCTS));
			request.productCategories().forEach((category) -> scopes.add(new BytesRef("category:" + category)));
			request.skus().forEach((sku) -> scopes.add(new BytesRef("sku:" + sku)));
			filter.add(new TermInSetQuery(IndexFields.SCOPE, scopes), Occur.FILTER);
		}
		return filter.build();
	}

	private SearchResult rank(QueryText query, Map<String, Evidence> evidence, int limit, OutOfScope.Nearest none) {
		List<String> notes = new ArrayList<>();
		String searchable = searchText(query);
		evidence.entrySet().removeIf((candidate) -> {
			List<String> required = candidate.getValue().required;
			if (required.isEmpty() || required.stream().anyMatch(searchable::contains)) {
				return false;
			}
			notes.add(candidate.getKey() + " left out: the question has none of its required terms " + required);
			return true;
		});
		if (evidence.isEmpty()) {
			notes.add("no entry shares words or meaning with the question");
			return new SearchResult(query, List.of(), 0, Verdict.NO_MATCH, Explanation.none(notes));
		}
		double topBm25 = evidence.values().stream().mapToDouble((e) -> e.bm25).max().orElse(0);
		List<Match> ranked = evidence.entrySet()
			.stream()
			.map((entry) -> toMatch(entry.getKey(), entry.getValue(), topBm25))
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::entryId))
			.limit(limit)
			.toList();
		double first = ranked.get(0).score();
		double second = (ranked.size() > 1) ? ranked.get(1).score() : 0;
		if (this.mode == RankingMode.BM25) {
			notes.add("plain BM25 always answers with its first match");
			return new SearchResult(query, ranked, 1, Verdict.ANSWER,
					new Explanation(first, first - second, 0, null, 0, 0, 0, notes));
		}
		ConfidenceModel model = this.calibration.forLanguage(query.language());
		double lead = ranked.get(0).cosine() - none.similarity();
		double probability = model.probability(first, second, lead);
		Verdict verdict = model.verdict(probability);
		int choices = 0;
		if (verdict == Verdict.OFFER_CHOICES) {
			choices = (int) ranked.stream()
				.limit(MAX_CHOICES)
				.takeWhile((m) -> m.score() >= first - CHOICE_SPREAD && m.cosine() > none.similarity())
				.count();
			if (choices == 0) {
				verdict = Verdict.NO_MATCH;
			}
		}
		notes.add(describe(verdict, probability, model, lead, none, choices));
		return new SearchResult(query, ranked, probability, verdict, new Explanation(first, first - second,
				none.similarity(), none.example(), model.answerAt(), model.choicesAt(), choices, notes));
	}

	private static String describe(Verdict verdict, double probability, ConfidenceModel model, double lead,
			OutOfScope.Nearest none, int choices) {
		String confidence = String.format(Locale.ROOT, "confidence %.2f", probability);
		String closer = (lead <= 0 && none.example() != null) ? String.format(Locale.ROOT,
				"; the question is closer to what the knowledge base does not answer (\"%s\", %.2f) than to the first entry",
				none.example(), none.similarity()) : "";
		return switch (verdict) {
			case ANSWER -> String.format(Locale.ROOT, "answered: %s >= %.2f", confidence, model.answerAt());
			case OFFER_CHOICES ->
				String.format(Locale.ROOT, "choices: %s between %.2f and %.2f; %d close enough to offer", confidence,
						model.choicesAt(), model.answerAt(), choices);
			case NO_MATCH -> (probability >= model.choicesAt())
					? String.format(Locale.ROOT, "refused: %s, but no entry is close enough to the question to offer%s",
							confidence, closer)
					: String.format(Locale.ROOT, "refused: %s < %.2f%s", confidence, model.choicesAt(), closer);
		};
	}

	private Match toMatch(String entryId, Evidence evidence, double topBm25) {
		double lexical = (topBm25 > 0) ? evidence.bm25 / topBm25 : 0;
		double score = switch (this.mode) {
			case BM25 -> lexical;
			case DENSE -> evidence.cosine;
			case HYBRID -> evidence.cosine + this.lexicalWeight * lexical + CLASSIFIER_WEIGHT * evidence.learned;
		};
		return new Match(entryId, score, evidence.cosine, evidence.bm25, evidence.phrasing());
	}

	/** The best lexical and dense evidence found for one entry. */
	private static final class Evidence {

		/** Terms one of which the question must hold for the entry to answer it. */
		private final List<String> required;

		private double bm25;

		private double cosine;

		private double learned;

		private double cosineSum;

		private int denseHits;

		private String lexicalPhrasing;

		private String densePhrasing;

		Evidence(Document document) {
			this.required = List.of(document.getValues(IndexFields.REQUIRED));
		}

		void lexical(double score, String phrasing) {
			if (score > this.bm25) {
				this.bm25 = score;
				this.lexicalPhrasing = phrasing;
			}
		}

		/** Hits arrive best first: the first is the best phrasing. */
		void dense(double cosine, String phrasing) {
			if (this.denseHits == 0) {
				this.densePhrasing = phrasing;
			}
			if (this.denseHits < DENSE_VOTES) {
				this.cosineSum += cosine;
				this.denseHits++;
				this.cosine = this.cosineSum / this.denseHits;
			}
		}

		String phrasing() {
			return (this.densePhrasing != null) ? this.densePhrasing : this.lexicalPhrasing;
		}

	}

}
