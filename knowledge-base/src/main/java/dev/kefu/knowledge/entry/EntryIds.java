package dev.kefu.knowledge.entry;

import java.util.regex.Pattern;

/**
 * Entry ids are short, stable, URL-safe names ops choose
 * ({@code returns-7-day-no-reason-zh}).
 */
public final class EntryIds {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

	private EntryIds() {
	}

	public static String requireValid(String entryId) {
		if (entryId == null || !VALID.matcher(entryId).matches()) {
			throw new InvalidEntryContent("id",
					"must be 1 to 80 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit");
		}
		return entryId;
	}

}
