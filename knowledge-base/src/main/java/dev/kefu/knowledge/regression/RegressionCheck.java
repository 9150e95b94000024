package dev.kefu.knowledge.regression;

import java.time.Clock;
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

	private final KnowledgeSearch liveSearch;

	private final KnowledgeEntries entries;

	private final IndexedEntries indexedEntries;

	private final SynonymGroups synonyms;

	private final TextEmbedder embedder;

	private final double lexicalWeight;

	private final Clock clock;

	public RegressionCheck(RegressionCases cases, KnowledgeSearch liveSearch, KnowledgeEntries entries,
			IndexedEntries indexedEntries, SynonymGroups synonyms, TextEmbedder embedder, double lexicalWeight,
			Clock clock) {
		this.cases = cases;
		this.liveSearch = liveSearch;
		this.entries = entries;
		this.indexedEntries = indexedEntries;
		this.synonyms = synonyms;
		this.embedder = embedder;
		this.lexicalWeight = lexicalWeight;
		this.clock = clock;
	}

	public RegressionReport runLive() {
		return RegressionReport.of(run(this.cases.all(), this.liveSearch), List.of(), List.of());
	}

	/**
	 * What publishing a version would do to the regression set.
	 * @param candidate the version that would go live
	 * @return the outcome with the change, and the cases it breaks and fixes
	 */
	public RegressionReport previewPublish(EntryVersion candidate) {
		List<RegressionCase> all = this.cases.all();
		List<RegressionOutcome> now = run(all, this.liveSearch);
		KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
		analyzers.useSynonyms(this.synonyms.all().stream().map(SynonymGroup::terms).toList());
		try (KnowledgeIndex preview = new KnowledgeIndex(new ByteBuffersDirectory(), analyzers)) {
			List<IndexedEntry> live = new ArrayList<>();
			for (EntryVersion version : this.entries.publishedVersions()) {
				if (!version.entryId().equals(candidate.entryId())) {
					live.add(this.indexedEntries.of(version));
				}
			}
			live.add(this.indexedEntries.of(candidate));
			preview.replaceAll(live);
			preview.refresh();
			KnowledgeSearch previewSearch = new KnowledgeSearch(preview, analyzers, this.embedder, RankingMode.HYBRID,
					this.lexicalWeight, this.liveSearch.calibration(), this.liveSearch.outOfScope());
			List<RegressionOutcome> after = run(all, previewSearch);
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

	private List<RegressionOutcome> run(List<RegressionCase> all, KnowledgeSearch search) {
		java.time.Instant now = this.clock.instant();
		return all.stream()
			.map((c) -> inSeason(c, now) ? RegressionOutcome.of(c, search.search(SearchRequest.of(c.question(), now)))
					: RegressionOutcome.outOfSeason(c))
			.toList();
	}

	/** Whether the expected entry applies now; a missing entry fails the case. */
	private boolean inSeason(RegressionCase regressionCase, java.time.Instant now) {
		return regressionCase.expectedEntryId() == null
				|| this.entries.publishedVersion(regressionCase.expectedEntryId())
					.map((version) -> version.content().validAt(now))
					.orElse(true);
	}

}
