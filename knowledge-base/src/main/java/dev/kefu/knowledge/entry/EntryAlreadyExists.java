package dev.kefu.knowledge.entry;

/**
 * An entry with that id exists already.
 */
public class EntryAlreadyExists extends RuntimeException {

	public EntryAlreadyExists(String entryId) {
		super("A knowledge-base entry '" + entryId + "' already exists.");
	}

}
