package dev.kefu.knowledge.search;

import dev.kefu.knowledge.language.Language;

/**
 * Names of the Lucene fields. One document per phrasing of an entry (its question and
 * each alternative), all carrying the entry's id.
 */
final class IndexFields {

	static final String ENTRY = "entry";

	static final String LANGUAGE = "language";

	static final String PHRASING = "phrasing";

	/** Marks one document per entry, for counting entries. */
	static final String FIRST_PHRASING = "first_phrasing";

	static final String SCOPE = "scope";

	/** Stored on the first phrasing: the entry's normalised answer. */
	static final String ANSWER = "answer";

	static final String VALID_FROM = "valid_from";

	static final String VALID_TO = "valid_to";

	static final String ALL_PRODUCTS = "*";

	/** Stored on each phrasing: terms one of which a question must hold. */
	static final String REQUIRED = "required";

	private IndexFields() {
	}

	static String text(Language language) {
		return "text_" + language.code();
	}

	static String vector(Language language) {
		return "vector_" + language.code();
	}

}
