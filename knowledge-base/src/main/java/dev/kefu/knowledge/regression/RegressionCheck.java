package dev.kefu.knowledge.regression;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kefu.knowledge.entry.EntryVersion;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.search.IndexedEntry;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.sync.IndexedEntries;
import dev.kefu.knowledge.synonyms.SynonymGroup;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Runs the regression set against the live index, or previews a publish: the set runs
 * against a copy of the live entries with the candidate version in place, and the two
 * outcomes are compared.
 */
public class RegressionCheck {

	private final RegressionCases cases;

	private final Function<String, KnowledgeSearch> liveSearches;

	private final KnowledgeEntries entries;

	private final IndexedEntries indexedEntries;

	private final SynonymGroups synonyms;

	private final TextEmbedder embedder;

	private final double lexicalWeight;

	private final Clock clock;

	/**
	 * Creates the check.
	 * @param cases the stored cases
	 * @param liveSearches each shop's live search
	 * @param entries the stored entries
	 * @param indexedEntries turns versions into indexed entries
	 * @param synonyms the stored synonyms
	 * @param embedder the embedding models
	 * @param lexicalWeight the ranking's BM25 weight
	 * @param clock what decides which entries are in season
	 */
	public RegressionCheck(RegressionCases cases, Function<String, KnowledgeSearch> liveSearches,
			KnowledgeEntries entries, IndexedEntries indexedEntries, SynonymGroups synonyms, TextEmbedder embedder,
			double lexicalWeight, Clock clock) {
		this.cases = cases;
		this.liveSearches = liveSearches;
		this.entries = entries;
		this.indexedEntries = indexedEntries;
		this.synonyms = synonyms;
		this.embedder = embedder;
		this.lexicalWeight = lexicalWeight;
		this.clock = clock;
	}

	/**
	 * Runs a shop's regression set against its live index.
	 * @param shopId the shop
	 * @return the outcome
	 */
	public RegressionReport runLive(String shopId) {
		return RegressionReport.of(run(shopId, this.cases.all(shopId), this.liveSearches.apply(shopId)), List.of(),
				List.of());
	}

	/**
	 * What publishing a version would do to its shop's regression set.
	 * @param candidate the version that would go live
	 * @return the outcome with the change, and the cases it breaks and fixes
	 */
	public RegressionReport previewPublish(EntryVersion candidate) {
		String shopId = candidate.shopId();
		KnowledgeSearch liveSearch = this.liveSearches.apply(shopId);
		List<RegressionCase> all = this.cases.all(shopId);
		List<RegressionOutcome> now = run(shopId, all, liveSearch);
		KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
		analyzers.useSynonyms(this.synonyms.all(shopId).stream().map(SynonymGroup::terms).toList());
		try (KnowledgeIndex preview = new KnowledgeIndex(new ByteBuffersDirectory(), analyzers)) {
			List<IndexedEntry> live = new ArrayList<>();
			for (EntryVersion version : this.entries.publishedVersions(shopId)) {
				if (!version.entryId().equals(candidate.entryId())) {
					live.add(this.indexedEntries.of(version));
				}
			}
			live.add(this.indexedEntries.of(candidate));
			preview.replaceAll(live);
			preview.refresh();
			KnowledgeSearch previewSearch = new KnowledgeSearch(preview, analyzers, this.embedder, RankingMode.HYBRID,
					this.lexicalWeight, liveSearch.calibration(), liveSearch.outOfScope());
			List<RegressionOutcome> after = run(shopId, all, previewSearch);
			Map<Long, RegressionOutcome> before = now.stream()
				.collect(Collectors.toMap((o) -> o.regressionCase().id(), Function.identity()));
			List<RegressionOutcome> breaking = after.stream()
				.filter((o) -> !o.passes() && before.get(o.regressionCase().id()).passes())
				.toList();
			List<RegressionOutcome> fixing = after.stream()
				.filter((o) -> o.passes() && !before.get(o.regressionCase().id()).passes())
				.toList();
			return RegressionReport.of(after, breaking, fixing);
		}
	}

	private List<RegressionOutcome> run(String shopId, List<RegressionCase> all, KnowledgeSearch search) {
		Instant now = this.clock.instant();
		return all.stream()
			.map((c) -> inSeason(shopId, c, now)
					? RegressionOutcome.of(c, search.search(SearchRequest.of(c.question(), now)))
					: RegressionOutcome.outOfSeason(c))
			.toList();
	}

	/** Whether the expected entry applies now; a missing entry fails the case. */
	private boolean inSeason(String shopId, RegressionCase regressionCase, Instant now) {
		return regressionCase.expectedEntryId() == null
				|| this.entries.publishedVersion(shopId, regressionCase.expectedEntryId())
					.map((version) -> version.content().validAt(now))
					.orElse(true);
	}

}
