package dev.kefu.knowledge.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kefu.knowledge.search.Calibration;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Runs cases through the search of a throw-away index and measures the outcome, overall
 * and per language.
 */
public final class FaqEvaluation {

	private FaqEvaluation() {
	}

	public static List<CaseOutcome> run(ThrowawayIndex index, TextEmbedder embedder, RankingMode mode,
			Calibration calibration, OutOfScope outOfScope, List<EvalCase> cases) {
		KnowledgeSearch search = searchOver(index, embedder, mode, calibration, outOfScope);
		Instant now = Instant.now();
		List<CaseOutcome> outcomes = new ArrayList<>(cases.size());
		for (EvalCase evalCase : cases) {
			long start = System.nanoTime();
			var result = search.search(SearchRequest.of(evalCase.query(), now));
			outcomes.add(new CaseOutcome(evalCase, result, System.nanoTime() - start));
		}
		return outcomes;
	}

	/**
	 * The production search over a throw-away index.
	 * @param index the index
	 * @param embedder the embedding models
	 * @param mode the ranking
	 * @param calibration the confidence models
	 * @param outOfScope the none class
	 * @return the search, its classifier trained where the production one would be
	 */
	public static KnowledgeSearch searchOver(ThrowawayIndex index, TextEmbedder embedder, RankingMode mode,
			Calibration calibration, OutOfScope outOfScope) {
		KnowledgeSearch search = new KnowledgeSearch(index.index(), index.analyzers(), embedder, mode,
				KnowledgeSearch.DEFAULT_LEXICAL_WEIGHT, calibration, outOfScope);
		if (mode == RankingMode.HYBRID) {
			search.learnFrom(index.entries());
		}
		return search;
	}

	/**
	 * Figures overall and per language.
	 * @param mode the ranking measured
	 * @param outcomes its outcomes
	 * @return the report
	 */
	public static Report report(RankingMode mode, List<CaseOutcome> outcomes) {
		Map<String, FaqMetrics> perLanguage = new LinkedHashMap<>();
		outcomes.stream()
			.collect(Collectors.groupingBy((o) -> o.language().code(), LinkedHashMap::new, Collectors.toList()))
			.forEach((language, group) -> perLanguage.put(language, FaqMetrics.of(group)));
		return new Report(mode.name().toLowerCase(), FaqMetrics.of(outcomes), perLanguage);
	}

	/**
	 * One ranking's figures.
	 *
	 * @param ranking which ranking
	 * @param overall over every case
	 * @param perLanguage per language of the question
	 */
	public record Report(String ranking, FaqMetrics overall, Map<String, FaqMetrics> perLanguage) {

		String describe() {
			StringBuilder text = new StringBuilder(this.ranking).append(": ").append(this.overall.describe());
			this.perLanguage.forEach((language,
					metrics) -> text.append("\n  ").append(language).append(": ").append(metrics.describe()));
			return text.toString();
		}

	}

}
