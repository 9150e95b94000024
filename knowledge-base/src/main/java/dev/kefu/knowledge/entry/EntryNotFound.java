package dev.kefu.knowledge.entry;

/**
 * No entry (or no such version of it) exists.
 */
public class EntryNotFound extends RuntimeException {

	private final String entryId;

	public EntryNotFound(String entryId) {
		super("No knowledge-base entry '" + entryId + "'.");
		this.entryId = entryId;
	}

	public EntryNotFound(String entryId, int version) {
		super("Knowledge-base entry '" + entryId + "' has no version " + version + ".");
		this.entryId = entryId;
	}

	/**
	 * The entry that is not there.
	 * @return its id
	 */
	public String entryId() {
		return this.entryId;
	}

}
