package dev.kefu.knowledge.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kefu.knowledge.entry.EntryContent;
import dev.kefu.knowledge.entry.EntryIds;
import dev.kefu.knowledge.entry.EntryVersion;
import dev.kefu.knowledge.entry.InvalidEntryContent;
import dev.kefu.knowledge.entry.KnowledgeEditor.ImportedEntry;
import dev.kefu.knowledge.language.Language;

/**
 * An entry as exchanged in files and over the API.
 *
 * @param id the entry's id
 * @param question canonical question
 * @param alternatives other phrasings
 * @param answer the answer (Markdown)
 * @param language {@code zh} or {@code en}
 * @param category its category
 * @param tags free tags
 * @param scopeCategories product categories it is limited to
 * @param scopeSkus SKUs it is limited to
 * @param validFrom when it starts to apply
 * @param validTo when it stops applying
 * @param requiredTerms terms one of which a question must hold for the entry to answer it
 */
public record EntryDocument(String id, String question, List<String> alternatives, String answer, String language,
		String category, Set<String> tags, Set<String> scopeCategories, Set<String> scopeSkus, Instant validFrom,
		Instant validTo, Set<String> requiredTerms) {

	public static EntryDocument of(EntryVersion version) {
		EntryContent content = version.content();
		return new EntryDocument(version.entryId(), content.question(), content.alternatives(), content.answer(),
				content.language().code(), content.category(), content.tags(), content.scopeCategories(),
				content.scopeSkus(), content.validFrom(), content.validTo(), content.requiredTerms());
	}

	/**
	 * The validated content.
	 * @return the content
	 * @throws dev.kefu.knowledge.entry.InvalidEntryContent naming the field at fault
	 */
	public EntryContent toContent() {
		Language parsed;
		try {
			parsed = Language.fromCode((this.language != null) ? this.language : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEntryContent("language", "must be zh or en");
		}
		return new EntryContent(this.question, this.alternatives, this.answer, parsed, this.category, this.tags,
				this.scopeCategories, this.scopeSkus, this.validFrom, this.validTo, this.requiredTerms);
	}

	public ImportedEntry toImported() {
		return new ImportedEntry(EntryIds.requireValid(this.id), toContent());
	}

}
