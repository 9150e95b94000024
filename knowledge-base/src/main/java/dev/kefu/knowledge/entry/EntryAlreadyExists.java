package dev.kefu.knowledge.entry;

/**
 * An entry with that id exists already.
 */
public class EntryAlreadyExists extends RuntimeException {

	private final String entryId;

	public EntryAlreadyExists(String entryId) {
		super("A knowledge-base entry '" + entryId + "' already exists.");
		this.entryId = entryId;
	}

	/**
	 * The id that is taken.
	 * @return the id
	 */
	public String entryId() {
		return this.entryId;
	}

}
