package dev.kefu.bot.knowledge;

import java.time.Instant;
import java.util.List;

import dev.kefu.knowledge.entry.AnswerWarnings;
import dev.kefu.knowledge.entry.EntryStatus;
import dev.kefu.knowledge.entry.KnowledgeEntry;
import dev.kefu.knowledge.transfer.EntryDocument;

/**
 * An entry as the ops API shows it: its latest content and where it stands.
 *
 * @param id the entry
 * @param status draft, published or archived
 * @param latestVersion the version being edited
 * @param publishedVersion the live version, or {@code null}
 * @param hasUnpublishedChanges whether the latest version is not live
 * @param content the latest version's content
 * @param author who wrote the latest version
 * @param updatedAt when the entry last changed
 * @param warnings what the editor warns about (a bare yes or no, seasonal wording with no
 * end date, outside its validity), in English, for API clients
 * @param warningsFound the same warnings as data ({@code kind}, {@code word},
 * {@code at}), which the ops page says in the staff member's language
 */
record EntryView(String id, EntryStatus status, int latestVersion, Integer publishedVersion,
		boolean hasUnpublishedChanges, EntryDocument content, String author, Instant updatedAt, List<String> warnings,
		List<AnswerWarnings.Warning> warningsFound) {

	static EntryView of(KnowledgeEntry entry, Instant now) {
		return new EntryView(entry.id(), entry.status(), entry.latest().version(), entry.publishedVersion(),
				entry.hasUnpublishedChanges(), EntryDocument.of(entry.latest()), entry.latest().author(),
				entry.updatedAt(), AnswerWarnings.of(entry.latest().content(), now),
				AnswerWarnings.found(entry.latest().content(), now));
	}

}
