package dev.kefu.knowledge.sync;

import java.util.List;

import dev.kefu.knowledge.entry.EntryContent;
import dev.kefu.knowledge.entry.EntryEmbeddings;
import dev.kefu.knowledge.entry.EntryVersion;
import dev.kefu.knowledge.search.IndexedEntry;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Turns a stored entry version into what the index holds, with the version's vectors:
 * read from the database when computed before, computed and stored otherwise (once per
 * version and model).
 */
public final class IndexedEntries {

	private final EntryEmbeddings embeddings;

	private final TextEmbedder embedder;

	public IndexedEntries(EntryEmbeddings embeddings, TextEmbedder embedder) {
		this.embeddings = embeddings;
		this.embedder = embedder;
	}

	public IndexedEntry of(EntryVersion version) {
		EntryContent content = version.content();
		List<String> phrasings = QueryText.normalizeAll(content.phrasings(), content.language());
		return new IndexedEntry(version.entryId(), content.language(), phrasings, vectors(version, phrasings),
				content.scopeCategories(), content.scopeSkus(), content.validFrom(), content.validTo(),
				QueryText.normalizeAll(List.copyOf(content.requiredTerms()), content.language()),
				QueryText.normalize(content.answer(), content.language()));
	}

	/**
	 * Makes sure a version's vectors are stored (before it is published).
	 * @param version the version
	 */
	public void prepare(EntryVersion version) {
		of(version);
	}

	private List<float[]> vectors(EntryVersion version, List<String> phrasings) {
		String model = this.embedder.modelName(version.content().language());
		return this.embeddings.find(version.shopId(), version.entryId(), version.version(), model, phrasings)
			.orElseGet(() -> {
				List<float[]> computed = this.embedder.embedAll(version.content().language(), phrasings);
				this.embeddings.store(version.shopId(), version.entryId(), version.version(), model, phrasings,
						computed);
				return computed;
			});
	}

}
