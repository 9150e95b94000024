package dev.kefu.knowledge.entry;

import dev.kefu.knowledge.language.Language;

/**
 * Which entries to list.
 *
 * @param status only this status, or {@code null}
 * @param language only this language, or {@code null}
 * @param category only this category, or {@code null}
 * @param text only entries whose id, question, alternatives or answer contain this, or
 * {@code null}
 * @param limit page size
 * @param offset entries to skip
 */
public record EntryFilter(EntryStatus status, Language language, String category, String text, int limit, int offset) {

	public EntryFilter {
		if (limit < 1 || limit > 500) {
			throw new IllegalArgumentException("limit must be 1 to 500");
		}
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative");
		}
	}

}
