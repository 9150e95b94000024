package dev.kefu.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kefu.knowledge.language.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of published entries, derived from PostgreSQL and rebuilt from it
 * whenever it is missing or stale. Each commit records the last database change it
 * contains, so that a node knows where to catch up from.
 */
public final class KnowledgeIndex implements Closeable {

	private static final String SEQUENCE = "kefu.kb.sequence";

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Opens (or creates) the index in a directory.
	 * @param directory where the index lives
	 * @param analyzers the analysis to index with
	 */
	public KnowledgeIndex(Directory directory, KnowledgeAnalyzers analyzers) {
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setSimilarity(new BM25Similarity());
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer, new SearcherFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the knowledge index", ex);
		}
	}

	/**
	 * Adds an entry, or replaces all of its phrasings, and makes the change visible to
	 * searches.
	 * @param entry the entry
	 */
	public void put(IndexedEntry entry) {
		try {
			this.writer.updateDocuments(new Term(IndexFields.ENTRY, entry.entryId()), documents(entry));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes an entry (archived, unpublished or deleted).
	 * @param entryId the entry
	 */
	public void remove(String entryId) {
		try {
			this.writer.deleteDocuments(new Term(IndexFields.ENTRY, entryId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces the whole content of the index.
	 * @param entries every entry it must hold
	 */
	public void replaceAll(Iterable<IndexedEntry> entries) {
		try {
			this.writer.deleteAll();
			for (IndexedEntry entry : entries) {
				this.writer.addDocuments(documents(entry));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes changes durable and visible, and records the database change they reflect.
	 * @param sequence the last change sequence applied
	 */
	public void commit(long sequence) {
		try {
			this.writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(sequence)).entrySet());
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes changes visible to searches without a durable commit (eval and previews).
	 */
	public void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The database change sequence the last commit reflects.
	 * @return the sequence, or -1 for an index never committed
	 */
	public long committedSequence() {
		Iterable<Map.Entry<String, String>> data = this.writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> item : data) {
				if (SEQUENCE.equals(item.getKey())) {
					return Long.parseLong(item.getValue());
				}
			}
		}
		return -1;
	}

	/**
	 * Runs a read against a consistent point-in-time view of the index.
	 * @param <T> what the read returns
	 * @param read the read
	 * @return its result
	 */
	public <T> T read(Function<IndexSearcher, T> read) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return read.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many entries the visible index holds.
	 * @return the count of distinct entry ids
	 */
	public int entryCount() {
		return read((searcher) -> {
			try {
				return searcher.count(new TermQuery(new Term(IndexFields.FIRST_PHRASING, "true")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Document> documents(IndexedEntry entry) {
		List<Document> documents = new ArrayList<>(entry.phrasings().size());
		Language language = entry.language();
		for (int i = 0; i < entry.phrasings().size(); i++) {
			Document document = new Document();
			document.add(new StringField(IndexFields.ENTRY, entry.entryId(), Field.Store.YES));
			document.add(new StringField(IndexFields.LANGUAGE, language.code(), Field.Store.NO));
			document.add(new StoredField(IndexFields.PHRASING, entry.phrasings().get(i)));
			entry.requiredTerms().forEach((term) -> document.add(new StoredField(IndexFields.REQUIRED, term)));
			if (i == 0) {
				document.add(new StringField(IndexFields.FIRST_PHRASING, "true", Field.Store.NO));
				document.add(new StoredField(IndexFields.ANSWER, entry.answer()));
			}
			document.add(new TextField(IndexFields.text(language), entry.phrasings().get(i), Field.Store.NO));
			if (!entry.vectors().isEmpty()) {
				document.add(new KnnFloatVectorField(IndexFields.vector(language), entry.vectors().get(i),
						VectorSimilarityFunction.COSINE));
			}
			if (entry.appliesToAllProducts()) {
				document.add(new StringField(IndexFields.SCOPE, IndexFields.ALL_PRODUCTS, Field.Store.NO));
			}
			entry.scopeCategories()
				.forEach((category) -> document
					.add(new StringField(IndexFields.SCOPE, "category:" + category, Field.Store.NO)));
			entry.scopeSkus()
				.forEach((sku) -> document.add(new StringField(IndexFields.SCOPE, "sku:" + sku, Field.Store.NO)));
			document.add(new LongField(IndexFields.VALID_FROM,
					(entry.validFrom() != null) ? entry.validFrom().toEpochMilli() : Long.MIN_VALUE, Field.Store.NO));
			document.add(new LongField(IndexFields.VALID_TO,
					(entry.validTo() != null) ? entry.validTo().toEpochMilli() : Long.MAX_VALUE, Field.Store.NO));
			documents.add(document);
		}
		return documents;
	}

}
