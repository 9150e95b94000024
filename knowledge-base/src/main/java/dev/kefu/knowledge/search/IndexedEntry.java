package dev.kefu.knowledge.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.kefu.knowledge.language.Language;

/**
 * What the index holds of one published entry: its phrasings (canonical question first,
 * then the alternatives) with one stored vector each, and what restricts when and for
 * what it applies.
 *
 * @param entryId the entry's id
 * @param language the entry's language
 * @param phrasings normalised phrasings, the question first
 * @param vectors one vector per phrasing, same order
 * @param scopeCategories product categories it is limited to; empty for all products
 * @param scopeSkus SKUs it is limited to; empty for all products
 * @param validFrom when it starts to apply, or {@code null}
 * @param validTo when it stops applying, or {@code null}
 * @param requiredTerms normalised terms one of which a question must hold for this entry
 * to answer it; empty for none
 * @param answer the normalised answer, kept so that a follow-up can be checked against
 * what the entry says; empty when not known
 */
public record IndexedEntry(String entryId, Language language, List<String> phrasings, List<float[]> vectors,
		Set<String> scopeCategories, Set<String> scopeSkus, Instant validFrom, Instant validTo,
		List<String> requiredTerms, String answer) {

	public IndexedEntry {
		answer = (answer != null) ? answer : "";
		requiredTerms = (requiredTerms != null) ? List.copyOf(requiredTerms) : List.of();
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(language, "language");
		phrasings = List.copyOf(phrasings);
		vectors = List.copyOf(vectors);
		scopeCategories = Set.copyOf(scopeCategories);
		scopeSkus = Set.copyOf(scopeSkus);
		if (phrasings.isEmpty()) {
			throw new IllegalArgumentException("An indexed entry needs at least one phrasing");
		}
		if (!vectors.isEmpty() && vectors.size() != phrasings.size()) {
			throw new IllegalArgumentException("One vector per phrasing, or none");
		}
	}

	public IndexedEntry(String entryId, Language language, List<String> phrasings, List<float[]> vectors,
			Set<String> scopeCategories, Set<String> scopeSkus, Instant validFrom, Instant validTo,
			List<String> requiredTerms) {
		this(entryId, language, phrasings, vectors, scopeCategories, scopeSkus, validFrom, validTo, requiredTerms, "");
	}

	boolean appliesToAllProducts() {
		return this.scopeCategories.isEmpty() && this.scopeSkus.isEmpty();
	}

}
