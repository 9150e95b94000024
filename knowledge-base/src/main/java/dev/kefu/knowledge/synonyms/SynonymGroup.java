package dev.kefu.knowledge.synonyms;

import java.time.Instant;
import java.util.List;

/**
 * Terms that mean the same to shoppers.
 *
 * @param id the group's id
 * @param terms two or more terms (Chinese and English terms may share a group; each
 * expands queries of its own language)
 * @param author who last changed it
 * @param updatedAt when
 */
public record SynonymGroup(long id, List<String> terms, String author, Instant updatedAt) {

	public static List<String> validTerms(List<String> terms) {
		if (terms == null) {
			throw new IllegalArgumentException("terms must be given");
		}
		List<String> cleaned = terms.stream().map(String::strip).filter((t) -> !t.isEmpty()).distinct().toList();
		if (cleaned.size() < 2 || cleaned.size() > 20) {
			throw new IllegalArgumentException("terms must hold 2 to 20 distinct terms");
		}
		if (cleaned.stream().anyMatch((t) -> t.length() > 40)) {
			throw new IllegalArgumentException("terms must be at most 40 characters each");
		}
		return cleaned;
	}

}
