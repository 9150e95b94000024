package dev.kefu.knowledge.entry;

import java.time.Instant;

/**
 * One immutable version of an entry.
 *
 * @param shopId the shop whose knowledge base it belongs to
 * @param entryId the entry
 * @param version its number, from 1
 * @param content what it says
 * @param author who wrote it
 * @param changeNote why, optional
 * @param createdAt when
 */
public record EntryVersion(String shopId, String entryId, int version, EntryContent content, String author,
		String changeNote, Instant createdAt) {
}
