package dev.kefu.knowledge;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.sync.IndexedEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains a shop's ranking classifier (and refreshes its none class with the questions
 * its ops and agents marked as not for the knowledge base) after the shop's index
 * changed, on its own thread so that index updates stay within a second, and at most one
 * training per shop behind the latest change. Large knowledge bases are skipped: the
 * classifier only helps intent-style ones with few entries and many phrasings, and
 * loading every vector of a large one after each publish would cost too much.
 */
class ClassifierTrainer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ClassifierTrainer.class);

	/** Beyond this many live entries no language can qualify; see EntryClassifier. */
	static final long MAX_ENTRIES = 2000;

	private final KnowledgeEntries entries;

	private final IndexedEntries indexedEntries;

	private final RegressionCases regressionCases;

	private final TextEmbedder embedder;

	/**
	 * The none class Kefu ships with; a shop's questions marked "none" are added to it.
	 */
	private final OutOfScope builtIn;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("kb-classifier").factory());

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	ClassifierTrainer(KnowledgeEntries entries, IndexedEntries indexedEntries, RegressionCases regressionCases,
			TextEmbedder embedder, OutOfScope builtIn) {
		this.entries = entries;
		this.indexedEntries = indexedEntries;
		this.regressionCases = regressionCases;
		this.embedder = embedder;
		this.builtIn = builtIn;
	}

	/**
	 * Retrains a shop's search, soon.
	 * @param shopId the shop
	 * @param search its search
	 */
	void retrain(String shopId, KnowledgeSearch search) {
		if (this.pending.add(shopId)) {
			this.executor.execute(() -> train(shopId, search));
		}
	}

	private void train(String shopId, KnowledgeSearch search) {
		this.pending.remove(shopId);
		try {
			search.useOutOfScope(this.builtIn.with(this.regressionCases.markedNone(shopId), this.embedder));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not add the questions marked as not for the knowledge base to {}'s none class", shopId,
					ex);
		}
		try {
			if (this.entries.publishedCount(shopId) > MAX_ENTRIES) {
				search.learnFrom(List.of());
				return;
			}
			search.learnFrom(this.entries.publishedVersions(shopId).stream().map(this.indexedEntries::of).toList());
		}
		catch (RuntimeException ex) {
			// The ranking keeps its previous classifier; the next change retries.
			logger.warn("Could not retrain the knowledge ranking's classifier of {}", shopId, ex);
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
