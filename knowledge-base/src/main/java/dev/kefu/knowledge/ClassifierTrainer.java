package dev.kefu.knowledge;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.sync.IndexedEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains the ranking's classifier (and refreshes the none class with the questions ops
 * and agents marked as not for the knowledge base) after the index changed, on its own
 * thread so that index updates stay within a second, and at most one training behind the
 * latest change. Large knowledge bases are skipped: the classifier only helps
 * intent-style ones with few entries and many phrasings, and loading every vector of a
 * large one after each publish would cost too much.
 */
class ClassifierTrainer implements Runnable, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ClassifierTrainer.class);

	/** Beyond this many live entries no language can qualify; see EntryClassifier. */
	static final long MAX_ENTRIES = 2000;

	private final KnowledgeEntries entries;

	private final IndexedEntries indexedEntries;

	private final KnowledgeSearch search;

	private final RegressionCases regressionCases;

	private final TextEmbedder embedder;

	/** The none class Kefu ships with; questions marked "none" are added to it. */
	private final OutOfScope builtIn;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("kb-classifier").factory());

	private final AtomicBoolean pending = new AtomicBoolean();

	ClassifierTrainer(KnowledgeEntries entries, IndexedEntries indexedEntries, KnowledgeSearch search,
			RegressionCases regressionCases, TextEmbedder embedder) {
		this.entries = entries;
		this.indexedEntries = indexedEntries;
		this.search = search;
		this.regressionCases = regressionCases;
		this.embedder = embedder;
		this.builtIn = search.outOfScope();
	}

	@Override
	public void run() {
		if (this.pending.compareAndSet(false, true)) {
			this.executor.execute(this::train);
		}
	}

	private void train() {
		this.pending.set(false);
		try {
			this.search.useOutOfScope(this.builtIn.with(this.regressionCases.markedNone(), this.embedder));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not add the questions marked as not for the knowledge base to the none class", ex);
		}
		try {
			if (this.entries.publishedCount() > MAX_ENTRIES) {
				this.search.learnFrom(List.of());
				return;
			}
			this.search.learnFrom(this.entries.publishedVersions().stream().map(this.indexedEntries::of).toList());
		}
		catch (RuntimeException ex) {
			// The ranking keeps its previous classifier; the next change retries.
			logger.warn("Could not retrain the knowledge ranking's classifier", ex);
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
