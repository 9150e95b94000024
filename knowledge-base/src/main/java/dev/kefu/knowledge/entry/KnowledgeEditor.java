package dev.kefu.knowledge.entry;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What ops do to entries: create, edit, publish, archive, revert. Each action is one
 * transaction with its change-feed record; once it commits, the index is told to catch up
 * (well within a second), and every other node catches up from the feed by itself.
 */
public class KnowledgeEditor {

	private final KnowledgeEntries entries;

	private final TransactionTemplate transactions;

	private final Consumer<EntryVersion> beforePublish;

	private final Runnable afterChange;

	/**
	 * Creates the editor.
	 * @param entries the stored entries
	 * @param transactions runs each action in one transaction
	 * @param beforePublish prepares a version for the index before it goes live (computes
	 * and stores its embeddings), so that publishing never leaves the index without
	 * vectors
	 * @param afterChange asks the index to catch up
	 */
	public KnowledgeEditor(KnowledgeEntries entries, TransactionTemplate transactions,
			Consumer<EntryVersion> beforePublish, Runnable afterChange) {
		this.entries = entries;
		this.transactions = transactions;
		this.beforePublish = beforePublish;
		this.afterChange = afterChange;
	}

	public KnowledgeEntry create(String shopId, String entryId, EntryContent content, String author) {
		EntryIds.requireValid(entryId);
		return inTransaction(() -> {
			this.entries.create(shopId, entryId, content, author, "CREATED");
			return this.entries.get(shopId, entryId);
		});
	}

	/**
	 * Saves a new version of an entry.
	 * @param shopId the shop whose knowledge base it is
	 * @param entryId the entry
	 * @param expectedVersion the latest version the editor saw; a newer one makes this
	 * fail with {@link EntryEditConflict}
	 * @param content the new content
	 * @param author who
	 * @param note why, optional
	 * @return the entry with its new latest version (not yet published)
	 */
	public KnowledgeEntry update(String shopId, String entryId, int expectedVersion, EntryContent content,
			String author, String note) {
		return inTransaction(() -> {
			this.entries.addVersion(shopId, entryId, expectedVersion, content, author, note, "UPDATED");
			return this.entries.get(shopId, entryId);
		});
	}

	/**
	 * Makes a version live (by default the latest).
	 * @param shopId the shop whose knowledge base it is
	 * @param entryId the entry
	 * @param version the version, or {@code null} for the latest
	 * @param actor who
	 * @return the entry
	 */
	public KnowledgeEntry publish(String shopId, String entryId, Integer version, String actor) {
		KnowledgeEntry entry = this.entries.get(shopId, entryId);
		int chosen = (version != null) ? version : entry.latest().version();
		EntryVersion toPublish = this.entries.version(shopId, entryId, chosen);
		this.beforePublish.accept(toPublish);
		KnowledgeEntry published = inTransaction(() -> {
			this.entries.publish(shopId, entryId, chosen, actor);
			return this.entries.get(shopId, entryId);
		});
		return published;
	}

	public KnowledgeEntry archive(String shopId, String entryId, String actor) {
		return inTransaction(() -> {
			this.entries.get(shopId, entryId);
			this.entries.archive(shopId, entryId, actor);
			return this.entries.get(shopId, entryId);
		});
	}

	/**
	 * Saves an old version's content as the new latest version (history stays intact).
	 * @param shopId the shop whose knowledge base it is
	 * @param entryId the entry
	 * @param toVersion the version to go back to
	 * @param expectedVersion the latest version the editor saw
	 * @param actor who
	 * @return the entry with its new latest version
	 */
	public KnowledgeEntry revert(String shopId, String entryId, int toVersion, int expectedVersion, String actor) {
		EntryContent old = this.entries.version(shopId, entryId, toVersion).content();
		return inTransaction(() -> {
			this.entries.addVersion(shopId, entryId, expectedVersion, old, actor, "Reverted to version " + toVersion,
					"REVERTED");
			return this.entries.get(shopId, entryId);
		});
	}

	/**
	 * Adds a phrasing shoppers used (typically from the gaps view) to an entry, as a new
	 * version.
	 * @param shopId the shop whose knowledge base it is
	 * @param entryId the entry
	 * @param phrasing the new alternative
	 * @param actor who
	 * @return the entry with its new latest version
	 */
	public KnowledgeEntry addAlternative(String shopId, String entryId, String phrasing, String actor) {
		KnowledgeEntry entry = this.entries.get(shopId, entryId);
		return update(shopId, entryId, entry.latest().version(), entry.latest().content().withAlternative(phrasing),
				actor, "Added a shopper's phrasing");
	}

	/**
	 * Imports entries: new ids are created, existing ones get a new version when their
	 * content differs; optionally everything imported is published.
	 * @param shopId the shop whose knowledge base they go into
	 * @param imported the entries
	 * @param actor who
	 * @param publish whether to publish what was imported
	 * @return counts of what happened
	 */
	public ImportResult importEntries(String shopId, List<ImportedEntry> imported, String actor, boolean publish) {
		imported.forEach((entry) -> EntryIds.requireValid(entry.id()));
		ImportResult result = inTransaction(() -> {
			int created = 0;
			int updated = 0;
			int unchanged = 0;
			for (ImportedEntry entry : imported) {
				var existing = this.entries.find(shopId, entry.id());
				if (existing.isEmpty()) {
					this.entries.create(shopId, entry.id(), entry.content(), actor, "IMPORTED");
					created++;
				}
				else if (!existing.get().latest().content().equals(entry.content())) {
					this.entries.addVersion(shopId, entry.id(), existing.get().latest().version(), entry.content(),
							actor, "Imported", "IMPORTED");
					updated++;
				}
				else {
					unchanged++;
				}
			}
			return new ImportResult(created, updated, unchanged, 0);
		});
		if (!publish) {
			return result;
		}
		int published = 0;
		for (ImportedEntry entry : imported) {
			KnowledgeEntry current = this.entries.get(shopId, entry.id());
			if (current.hasUnpublishedChanges() || current.archived()) {
				publish(shopId, entry.id(), null, actor);
				published++;
			}
		}
		return new ImportResult(result.created(), result.updated(), result.unchanged(), published);
	}

	private <T> T inTransaction(Supplier<T> action) {
		T result = this.transactions.execute((status) -> action.get());
		this.afterChange.run();
		return result;
	}

	/**
	 * One entry to import.
	 *
	 * @param id its id
	 * @param content its content
	 */
	public record ImportedEntry(String id, EntryContent content) {
	}

	/**
	 * What an import did.
	 *
	 * @param created new entries
	 * @param updated entries that got a new version
	 * @param unchanged entries whose content was already the same
	 * @param published entries published
	 */
	public record ImportResult(int created, int updated, int unchanged, int published) {
	}

}
