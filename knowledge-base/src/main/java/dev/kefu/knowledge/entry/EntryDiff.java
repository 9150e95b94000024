package dev.kefu.knowledge.entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of an entry, field by field.
 *
 * @param entryId the entry
 * @param from the older version
 * @param to the newer version
 * @param changes the fields that differ
 */
public record EntryDiff(String entryId, int from, int to, List<FieldChange> changes) {

	public static EntryDiff between(EntryVersion older, EntryVersion newer) {
		EntryContent a = older.content();
		EntryContent b = newer.content();
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "question", a.question(), b.question());
		Set<String> removed = new LinkedHashSet<>(a.alternatives());
		removed.removeAll(b.alternatives());
		Set<String> added = new LinkedHashSet<>(b.alternatives());
		added.removeAll(a.alternatives());
		if (!removed.isEmpty() || !added.isEmpty()) {
			changes.add(new FieldChange("alternatives", String.join("\n", removed), String.join("\n", added)));
		}
		compare(changes, "answer", a.answer(), b.answer());
		compare(changes, "language", a.language().code(), b.language().code());
		compare(changes, "category", a.category(), b.category());
		compare(changes, "tags", String.valueOf(a.tags()), String.valueOf(b.tags()));
		compare(changes, "scopeCategories", String.valueOf(a.scopeCategories()), String.valueOf(b.scopeCategories()));
		compare(changes, "scopeSkus", String.valueOf(a.scopeSkus()), String.valueOf(b.scopeSkus()));
		compare(changes, "validFrom", String.valueOf(a.validFrom()), String.valueOf(b.validFrom()));
		compare(changes, "validTo", String.valueOf(a.validTo()), String.valueOf(b.validTo()));
		return new EntryDiff(older.entryId(), older.version(), newer.version(), changes);
	}

	private static void compare(List<FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

	/**
	 * One changed field. For alternatives, {@code before} lists the removed phrasings and
	 * {@code after} the added ones.
	 *
	 * @param field the field
	 * @param before its old value
	 * @param after its new value
	 */
	public record FieldChange(String field, String before, String after) {
	}

}
