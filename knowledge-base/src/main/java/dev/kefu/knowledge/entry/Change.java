package dev.kefu.knowledge.entry;

import java.time.Instant;

/**
 * One item of the change feed: something the index must follow, and the audit trail of
 * who did it.
 *
 * @param sequence its position in the feed
 * @param shopId the shop whose knowledge base changed
 * @param kind an entry change or a synonym change
 * @param entryId the entry, for entry changes
 * @param version the version concerned, for entry changes
 * @param action what happened (CREATED, UPDATED, PUBLISHED, ARCHIVED, REVERTED, IMPORTED,
 * ...)
 * @param actor who did it
 * @param at when
 */
public record Change(long sequence, String shopId, Kind kind, String entryId, Integer version, String action,
		String actor, Instant at) {

	/** What changed. */
	public enum Kind {

		/** An entry. */
		ENTRY,

		/** The synonym groups. */
		SYNONYMS

	}

}
