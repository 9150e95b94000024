package dev.kefu.knowledge.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kefu.knowledge.language.Language;

/**
 * What one version of an entry says. Validated here, so that no invalid content reaches
 * the database or the index.
 *
 * @param question the canonical question
 * @param alternatives other ways shoppers ask it
 * @param answer the answer, Markdown; may hold quick-reply links
 * @param language the entry's language
 * @param category the entry's category (returns, shipping, ...)
 * @param tags free tags for ops
 * @param scopeCategories product categories it is limited to; empty for all products
 * @param scopeSkus SKUs it is limited to; empty for all products
 * @param validFrom when it starts to apply, or {@code null}
 * @param validTo when it stops applying (e.g. tonight's livestream promise), or
 * {@code null}
 * @param requiredTerms terms one of which a question must hold for this entry to answer
 * it (运费险 on the shipping-insurance entry, so that a question about 运费 alone is not
 * answered with it); empty for none
 */
public record EntryContent(String question, List<String> alternatives, String answer, Language language,
		String category, Set<String> tags, Set<String> scopeCategories, Set<String> scopeSkus, Instant validFrom,
		Instant validTo, Set<String> requiredTerms) {

	/** Most required terms one entry may have. */
	public static final int MAX_REQUIRED_TERMS = 20;

	public static final int MAX_QUESTION = 300;

	public static final int MAX_ANSWER = 5000;

	public static final int MAX_ALTERNATIVES = 100;

	private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}._ -]{1,64}");

	public EntryContent {
		question = requireText(question, "question", MAX_QUESTION);
		answer = requireText(answer, "answer", MAX_ANSWER);
		Objects.requireNonNull(language, "language");
		category = requireLabel(category, "category");
		alternatives = (alternatives != null) ? alternatives.stream()
			.map((alternative) -> requireText(alternative, "alternatives[]", MAX_QUESTION))
			.distinct()
			.toList() : List.of();
		if (alternatives.size() > MAX_ALTERNATIVES) {
			throw new InvalidEntryContent("alternatives", "at most " + MAX_ALTERNATIVES + " alternatives");
		}
		tags = labels(tags, "tags");
		scopeCategories = labels(scopeCategories, "scopeCategories");
		scopeSkus = labels(scopeSkus, "scopeSkus");
		requiredTerms = terms(requiredTerms);
		if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
			throw new InvalidEntryContent("validTo", "must be after validFrom");
		}
	}

	/**
	 * The question first, then the alternatives: what the index matches against.
	 * @return every phrasing
	 */
	public List<String> phrasings() {
		return Stream.concat(Stream.of(this.question), this.alternatives.stream()).toList();
	}

	public EntryContent withAlternative(String alternative) {
		List<String> more = new ArrayList<>(this.alternatives);
		more.add(alternative);
		return new EntryContent(this.question, more, this.answer, this.language, this.category, this.tags,
				this.scopeCategories, this.scopeSkus, this.validFrom, this.validTo, this.requiredTerms);
	}

	/**
	 * Whether the entry applies at a moment (its validity window holds it).
	 * @param at the moment
	 * @return {@code true} when valid then
	 */
	public boolean validAt(Instant at) {
		return (this.validFrom == null || !at.isBefore(this.validFrom))
				&& (this.validTo == null || at.isBefore(this.validTo));
	}

	private static Set<String> terms(Set<String> values) {
		if (values == null) {
			return Set.of();
		}
		if (values.size() > MAX_REQUIRED_TERMS) {
			throw new InvalidEntryContent("requiredTerms", "at most " + MAX_REQUIRED_TERMS + " terms");
		}
		return values.stream()
			.map((value) -> requireText(value, "requiredTerms[]", 40))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String requireText(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidEntryContent(field, "must not be blank");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidEntryContent(field, "must be at most " + max + " characters");
		}
		return stripped;
	}

	private static String requireLabel(String value, String field) {
		if (value == null || !LABEL.matcher(value.strip()).matches()) {
			throw new InvalidEntryContent(field,
					"must be 1 to 64 letters, digits, spaces, dots, dashes or underscores");
		}
		return value.strip();
	}

	private static Set<String> labels(Set<String> values, String field) {
		if (values == null) {
			return Set.of();
		}
		if (values.size() > 50) {
			throw new InvalidEntryContent(field, "at most 50 values");
		}
		return values.stream()
			.map((value) -> requireLabel(value, field + "[]"))
			.collect(Collectors.toUnmodifiableSet());
	}

}
