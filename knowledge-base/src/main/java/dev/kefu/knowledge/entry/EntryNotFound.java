package dev.kefu.knowledge.entry;

/**
 * No entry (or no such version of it) exists.
 */
public class EntryNotFound extends RuntimeException {

	public EntryNotFound(String entryId) {
		super("No knowledge-base entry '" + entryId + "'.");
	}

	public EntryNotFound(String entryId, int version) {
		super("Knowledge-base entry '" + entryId + "' has no version " + version + ".");
	}

}
