package dev.kefu.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.sync.IndexSynchronizer;
import dev.kefu.knowledge.sync.IndexedEntries;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Each shop's knowledge base search on this node: one Lucene index per shop (in
 * {@code <index-directory>/shop-<id>}), with the shop's own synonyms, classifier and none
 * class. Separate indexes keep a shop's BM25 statistics, classifier and confidence
 * exactly what they were with one shop, and make it impossible for a search to reach
 * another shop's entries. A shop's index is opened when its knowledge base first has
 * something (an entry or a synonym group); until then its search finds nothing.
 */
public final class KnowledgeSearches implements AutoCloseable {

	private final KnowledgeEntries entries;

	private final SynonymGroups synonyms;

	private final IndexedEntries indexedEntries;

	private final TextEmbedder embedder;

	private final KnowledgeSettings settings;

	private final OutOfScope builtIn;

	private final ClassifierTrainer trainer;

	private final Map<String, ShopIndex> shops = new ConcurrentHashMap<>();

	private final KnowledgeIndex emptyIndex;

	private final KnowledgeSearch empty;

	KnowledgeSearches(KnowledgeEntries entries, SynonymGroups synonyms, IndexedEntries indexedEntries,
			TextEmbedder embedder, KnowledgeSettings settings, OutOfScope builtIn, ClassifierTrainer trainer) {
		this.entries = entries;
		this.synonyms = synonyms;
		this.indexedEntries = indexedEntries;
		this.embedder = embedder;
		this.settings = settings;
		this.builtIn = builtIn;
		this.trainer = trainer;
		KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
		this.emptyIndex = new KnowledgeIndex(new ByteBuffersDirectory(), analyzers);
		this.emptyIndex.commit(0);
		this.empty = newSearch(this.emptyIndex, analyzers);
	}

	/**
	 * The search over one shop's knowledge base.
	 * @param shopId the shop
	 * @return its search; for a shop without a knowledge base, one that finds nothing
	 */
	public KnowledgeSearch forShop(String shopId) {
		ShopIndex shop = this.shops.get(shopId);
		return (shop != null) ? shop.search() : this.empty;
	}

	/**
	 * The shops whose index this node holds.
	 * @return their ids
	 */
	public Set<String> shops() {
		return new TreeSet<>(this.shops.keySet());
	}

	/**
	 * Brings every shop's index up to the change feed, opening the index of a shop whose
	 * knowledge base is new.
	 * @return how many changes were applied
	 */
	public synchronized int catchUp() {
		Set<String> all = new TreeSet<>(this.entries.shops());
		all.addAll(this.shops.keySet());
		int applied = 0;
		for (String shopId : all) {
			applied += open(shopId).synchronizer().catchUp();
		}
		return applied;
	}

	/**
	 * Retrains a shop's classifier and none class soon (after a question was marked as
	 * not for its knowledge base).
	 * @param shopId the shop
	 */
	public void retrain(String shopId) {
		ShopIndex shop = this.shops.get(shopId);
		if (shop != null) {
			this.trainer.retrain(shopId, shop.search());
		}
	}

	@Override
	public void close() {
		this.shops.values().forEach((shop) -> shop.index().close());
		this.shops.clear();
		this.emptyIndex.close();
	}

	private ShopIndex open(String shopId) {
		return this.shops.computeIfAbsent(shopId, (id) -> {
			// The prefix keeps every shop id ("." and ".." included) a plain directory
			// name.
			Path directory = this.settings.indexDirectory().resolve("shop-" + id);
			try {
				Files.createDirectories(directory);
				KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
				KnowledgeIndex index = new KnowledgeIndex(new MMapDirectory(directory), analyzers);
				KnowledgeSearch search = newSearch(index, analyzers);
				IndexSynchronizer synchronizer = new IndexSynchronizer(id, this.entries, this.synonyms, index,
						analyzers, this.indexedEntries, () -> this.trainer.retrain(id, search));
				return new ShopIndex(index, search, synchronizer);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not open the knowledge index in " + directory, ex);
			}
		});
	}

	private KnowledgeSearch newSearch(KnowledgeIndex index, KnowledgeAnalyzers analyzers) {
		return new KnowledgeSearch(index, analyzers, this.embedder, RankingMode.HYBRID, this.settings.lexicalWeight(),
				this.settings.calibrationOrDefault(), this.builtIn);
	}

	private record ShopIndex(KnowledgeIndex index, KnowledgeSearch search, IndexSynchronizer synchronizer) {
	}

}
