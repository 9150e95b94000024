package dev.kefu.knowledge.entry;

/**
 * Someone saved a newer version since the editor loaded the entry: saving would overwrite
 * their change unseen.
 */
public class EntryEditConflict extends RuntimeException {

	private final String entryId;

	private final int actual;

	public EntryEditConflict(String entryId, int expected, int actual) {
		super("Entry '" + entryId + "' is at version " + actual + ", not " + expected
				+ ": someone else changed it. Reload and apply your change again.");
		this.entryId = entryId;
		this.actual = actual;
	}

	/**
	 * The entry someone else changed.
	 * @return its id
	 */
	public String entryId() {
		return this.entryId;
	}

	/**
	 * The version the entry is at now.
	 * @return the version
	 */
	public int actual() {
		return this.actual;
	}

}
