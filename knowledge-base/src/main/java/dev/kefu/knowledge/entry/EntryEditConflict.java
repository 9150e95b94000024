package dev.kefu.knowledge.entry;

/**
 * Someone saved a newer version since the editor loaded the entry: saving would overwrite
 * their change unseen.
 */
public class EntryEditConflict extends RuntimeException {

	public EntryEditConflict(String entryId, int expected, int actual) {
		super("Entry '" + entryId + "' is at version " + actual + ", not " + expected
				+ ": someone else changed it. Reload and apply your change again.");
	}

}
