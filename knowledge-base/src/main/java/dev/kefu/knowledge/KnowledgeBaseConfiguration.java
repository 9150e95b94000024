package dev.kefu.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

import dev.kefu.knowledge.entry.EntryEmbeddings;
import dev.kefu.knowledge.entry.KnowledgeEditor;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.knowledge.regression.AnswerMarks;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.regression.RegressionCheck;
import dev.kefu.knowledge.search.CachingTextEmbedder;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.sync.IndexedEntries;
import dev.kefu.knowledge.synonyms.SynonymGroups;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the knowledge base: its PostgreSQL stores, this node's index and search per shop,
 * the editor and the synchronisation between them.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeBaseConfiguration {

	@Bean
	TextEmbedder textEmbedder() {
		return new CachingTextEmbedder(new InProcessEmbedder(), 10_000);
	}

	/**
	 * The built-in none class, embedded here once (about a second): a search must never
	 * run without it, or the first questions after a start would be judged differently
	 * from the rest.
	 */
	@Bean
	OutOfScope builtInOutOfScope(TextEmbedder embedder) {
		return OutOfScope.builtIn(embedder);
	}

	@Bean(destroyMethod = "close")
	KnowledgeSearches knowledgeSearches(KnowledgeEntries entries, SynonymGroups synonyms, IndexedEntries indexedEntries,
			TextEmbedder embedder, KnowledgeSettings settings, OutOfScope builtIn,
			ClassifierTrainer classifierTrainer) {
		try {
			Files.createDirectories(settings.indexDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not create the knowledge index directory " + settings.indexDirectory(), ex);
		}
		return new KnowledgeSearches(entries, synonyms, indexedEntries, embedder, settings, builtIn, classifierTrainer);
	}

	@Bean
	KnowledgeEntries knowledgeEntries(JdbcClient jdbc) {
		return new KnowledgeEntries(jdbc);
	}

	@Bean
	EntryEmbeddings entryEmbeddings(JdbcClient jdbc) {
		return new EntryEmbeddings(jdbc);
	}

	@Bean
	IndexedEntries indexedEntries(EntryEmbeddings embeddings, TextEmbedder embedder) {
		return new IndexedEntries(embeddings, embedder);
	}

	@Bean
	IndexSyncTrigger indexSyncTrigger() {
		return new IndexSyncTrigger();
	}

	@Bean
	SynonymGroups synonymGroups(JdbcClient jdbc, KnowledgeEntries entries, TransactionTemplate transactions,
			IndexSyncTrigger trigger) {
		return new SynonymGroups(jdbc, entries, transactions, trigger);
	}

	@Bean
	KnowledgeEditor knowledgeEditor(KnowledgeEntries entries, TransactionTemplate transactions,
			IndexedEntries indexedEntries, IndexSyncTrigger trigger) {
		return new KnowledgeEditor(entries, transactions, indexedEntries::prepare, trigger);
	}

	@Bean(destroyMethod = "close")
	ClassifierTrainer classifierTrainer(KnowledgeEntries entries, IndexedEntries indexedEntries,
			RegressionCases regressionCases, TextEmbedder embedder, OutOfScope builtIn) {
		return new ClassifierTrainer(entries, indexedEntries, regressionCases, embedder, builtIn);
	}

	@Bean
	AnswerMarks answerMarks(RegressionCases regressionCases, KnowledgeEntries entries, KnowledgeSearches searches) {
		return new AnswerMarks(regressionCases, entries, searches::retrain);
	}

	@Bean
	IndexSyncScheduler indexSyncScheduler(KnowledgeSearches synchronizer, KnowledgeSettings settings,
			IndexSyncTrigger trigger) {
		IndexSyncScheduler scheduler = new IndexSyncScheduler(synchronizer, settings);
		trigger.connect(scheduler::trigger);
		return scheduler;
	}

	@Bean
	KnowledgeGaps knowledgeGaps(JdbcClient jdbc, TextEmbedder embedder) {
		return new KnowledgeGaps(jdbc, embedder);
	}

	@Bean
	RegressionCases regressionCases(JdbcClient jdbc) {
		return new RegressionCases(jdbc);
	}

	@Bean
	RegressionCheck regressionCheck(RegressionCases cases, KnowledgeSearches searches, KnowledgeEntries entries,
			IndexedEntries indexedEntries, SynonymGroups synonyms, TextEmbedder embedder, KnowledgeSettings settings,
			Clock clock) {
		return new RegressionCheck(cases, searches::forShop, entries, indexedEntries, synonyms, embedder,
				settings.lexicalWeight(), clock);
	}

}
