package dev.kefu.knowledge.entry;

import java.time.Instant;

/**
 * An entry with its latest version.
 *
 * @param id the entry's id
 * @param latest the latest version (what ops edit)
 * @param publishedVersion the live version number, or {@code null}
 * @param archived whether it was withdrawn
 * @param createdAt when the entry was created
 * @param updatedAt when it last changed
 */
public record KnowledgeEntry(String id, EntryVersion latest, Integer publishedVersion, boolean archived,
		Instant createdAt, Instant updatedAt) {

	public EntryStatus status() {
		if (this.archived) {
			return EntryStatus.ARCHIVED;
		}
		return (this.publishedVersion != null) ? EntryStatus.PUBLISHED : EntryStatus.DRAFT;
	}

	/**
	 * Whether ops edited the entry after its live version.
	 * @return {@code true} when the latest version is not the live one
	 */
	public boolean hasUnpublishedChanges() {
		return this.publishedVersion == null || this.publishedVersion != this.latest.version();
	}

}
