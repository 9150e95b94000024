package dev.kefu.knowledge.entry;

/**
 * Whether shoppers can get an entry's answer.
 */
public enum EntryStatus {

	/** Never published: only ops see it. */
	DRAFT,

	/** A version is live; later versions may wait as unpublished changes. */
	PUBLISHED,

	/** Withdrawn: kept with its history, out of the index. */
	ARCHIVED

}
