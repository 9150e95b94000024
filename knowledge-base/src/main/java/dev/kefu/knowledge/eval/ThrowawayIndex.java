package dev.kefu.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.IndexedEntry;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;
import org.apache.lucene.store.MMapDirectory;

/**
 * A fresh index in a temporary directory, built from KB.jsonl entries with the production
 * analysis and embeddings, deleted on close. Memory-mapped like production (kNN is 2-3x
 * slower on heap).
 */
public final class ThrowawayIndex implements AutoCloseable {

	private final Path directory;

	private final KnowledgeIndex index;

	private final KnowledgeAnalyzers analyzers;

	private final List<IndexedEntry> entries;

	private ThrowawayIndex(Path directory, KnowledgeIndex index, KnowledgeAnalyzers analyzers,
			List<IndexedEntry> entries) {
		this.directory = directory;
		this.index = index;
		this.analyzers = analyzers;
		this.entries = entries;
	}

	/**
	 * Builds the index.
	 * @param entries the entries
	 * @param embedder the embedding models, or {@code null} for an index without vectors
	 * @return the index
	 */
	public static ThrowawayIndex build(List<EvalEntry> entries, TextEmbedder embedder) {
		try {
			Path directory = Files.createTempDirectory("kefu-eval-index-");
			KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
			KnowledgeIndex index = new KnowledgeIndex(new MMapDirectory(directory), analyzers);
			List<IndexedEntry> indexed = new ArrayList<>(entries.size());
			for (EvalEntry entry : entries) {
				indexed.add(toIndexed(entry, embedder));
			}
			index.replaceAll(indexed);
			index.commit(0);
			return new ThrowawayIndex(directory, index, analyzers, List.copyOf(indexed));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary index directory", ex);
		}
	}

	static IndexedEntry toIndexed(EvalEntry entry, TextEmbedder embedder) {
		Language language = Language.fromCode(entry.language());
		List<String> phrasings = QueryText
			.normalizeAll(Stream.concat(Stream.of(entry.question()), entry.alternatives().stream()).toList(), language);
		List<float[]> vectors = (embedder != null) ? embedder.embedAll(language, phrasings) : List.of();
		// Validity windows are left out: an eval must not depend on the day it runs.
		return new IndexedEntry(entry.id(), language, phrasings, vectors, Set.of(), Set.of(), null, null,
				QueryText.normalizeAll(entry.requiredTerms(), language), QueryText.normalize(entry.answer(), language));
	}

	public KnowledgeIndex index() {
		return this.index;
	}

	public KnowledgeAnalyzers analyzers() {
		return this.analyzers;
	}

	/**
	 * What the index holds, with vectors: what the ranking's classifier learns from.
	 * @return the indexed entries
	 */
	public List<IndexedEntry> entries() {
		return this.entries;
	}

	@Override
	public void close() {
		this.index.close();
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
