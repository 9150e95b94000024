package dev.kefu.knowledge.entry;

/**
 * Entry content that breaks a rule; names the field so that the editor can point at it.
 */
public class InvalidEntryContent extends IllegalArgumentException {

	private final String field;

	public InvalidEntryContent(String field, String problem) {
		super(field + " " + problem);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
