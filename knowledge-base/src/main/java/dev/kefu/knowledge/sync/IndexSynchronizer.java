package dev.kefu.knowledge.sync;

import java.util.List;

import dev.kefu.knowledge.entry.Change;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.synonyms.SynonymGroup;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one shop's index up to the database's change feed (that shop's part of it). An
 * index that is missing, or that claims changes the database does not have (a restored or
 * different database), is rebuilt from the published entries; otherwise only the entries
 * changed since the index's last commit are re-indexed. Runs on one thread at a time.
 */
public final class IndexSynchronizer {

	private static final Logger logger = LoggerFactory.getLogger(IndexSynchronizer.class);

	private static final int BATCH = 500;

	private final String shopId;

	private final KnowledgeEntries entries;

	private final SynonymGroups synonyms;

	private final KnowledgeIndex index;

	private final KnowledgeAnalyzers analyzers;

	private final IndexedEntries indexedEntries;

	private final Runnable afterIndexChange;

	private boolean synonymsLoaded;

	/**
	 * Creates the synchronizer.
	 * @param shopId the shop whose knowledge base the index holds
	 * @param entries the stored entries and change feed
	 * @param synonyms the stored synonym groups
	 * @param index this node's index of the shop
	 * @param analyzers the shop's analysis, that its synonyms go into
	 * @param indexedEntries turns versions into indexed entries with their vectors
	 * @param afterIndexChange told when the index content changed (the ranking's
	 * classifier is retrained from it, off this thread)
	 */
	public IndexSynchronizer(String shopId, KnowledgeEntries entries, SynonymGroups synonyms, KnowledgeIndex index,
			KnowledgeAnalyzers analyzers, IndexedEntries indexedEntries, Runnable afterIndexChange) {
		this.shopId = shopId;
		this.entries = entries;
		this.synonyms = synonyms;
		this.index = index;
		this.analyzers = analyzers;
		this.indexedEntries = indexedEntries;
		this.afterIndexChange = afterIndexChange;
	}

	/**
	 * Applies every change not yet in the index.
	 * @return how many changes were applied (a full rebuild counts as all of them)
	 */
	public synchronized int catchUp() {
		long indexed = this.index.committedSequence();
		long latest = this.entries.lastSequence();
		if (!this.synonymsLoaded) {
			loadSynonyms();
		}
		if (indexed < 0 || indexed > latest) {
			rebuild(latest);
			return (int) Math.max(latest, 0);
		}
		int applied = 0;
		for (List<Change> changes = changesAfter(indexed); !changes.isEmpty(); changes = changesAfter(indexed)) {
			boolean synonymsChanged = false;
			for (Change change : changes) {
				if (change.kind() == Change.Kind.SYNONYMS) {
					synonymsChanged = true;
				}
				else {
					reindex(change.entryId());
				}
			}
			if (synonymsChanged) {
				loadSynonyms();
			}
			indexed = changes.get(changes.size() - 1).sequence();
			this.index.commit(indexed);
			applied += changes.size();
		}
		if (applied > 0) {
			this.afterIndexChange.run();
		}
		return applied;
	}

	/**
	 * Re-reads every published entry into a fresh index content.
	 * @param sequence the change sequence the rebuilt index reflects
	 */
	public synchronized void rebuild(long sequence) {
		long start = System.nanoTime();
		var published = this.entries.publishedVersions(this.shopId).stream().map(this.indexedEntries::of).toList();
		this.index.replaceAll(published);
		this.index.commit(sequence);
		this.afterIndexChange.run();
		logger.info("Rebuilt the knowledge index of {}: {} entries in {} ms", this.shopId, published.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private List<Change> changesAfter(long sequence) {
		return this.entries.changesSince(this.shopId, sequence, BATCH);
	}

	private void reindex(String entryId) {
		this.entries.publishedVersion(this.shopId, entryId)
			.ifPresentOrElse((version) -> this.index.put(this.indexedEntries.of(version)),
					() -> this.index.remove(entryId));
	}

	private void loadSynonyms() {
		this.analyzers.useSynonyms(this.synonyms.all(this.shopId).stream().map(SynonymGroup::terms).toList());
		this.synonymsLoaded = true;
	}

}
