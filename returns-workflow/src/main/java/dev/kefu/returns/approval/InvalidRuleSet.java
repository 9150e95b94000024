package dev.kefu.returns.approval;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rule set document that cannot be used; the message says where and why, in plain
 * words, and {@link #line}, {@link #field} and {@link #kind} say it as data, for a page
 * that puts it in its reader's language.
 */
public class InvalidRuleSet extends RuntimeException {

	private final Kind kind;

	private final int line;

	private final int column;

	private final String field;

	private final String key;

	InvalidRuleSet(String message, Throwable cause) {
		this(Kind.INVALID_RULE, message, cause, 0, 0, null, null);
	}

	InvalidRuleSet(Kind kind, String message, Throwable cause, int line, int column, String field, String key) {
		super(message, cause);
		this.kind = kind;
		this.line = line;
		this.column = column;
		this.field = (field != null && !field.isEmpty()) ? field : null;
		this.key = key;
	}

	/**
	 * What is wrong.
	 * @return the kind of mistake
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The line of the document where it is wrong, 1 for the first.
	 * @return the line, or empty when no one line is to blame (an empty document)
	 */
	public OptionalInt line() {
		return (this.line > 0) ? OptionalInt.of(this.line) : OptionalInt.empty();
	}

	/**
	 * The column of that line, 1 for the first.
	 * @return the column, or empty
	 */
	public OptionalInt column() {
		return (this.line > 0 && this.column > 0) ? OptionalInt.of(this.column) : OptionalInt.empty();
	}

	/**
	 * Where in the document it is wrong, as a path of keys and list positions
	 * ({@code rules[7].max-amount}).
	 * @return the path, or empty for the document as a whole
	 */
	public Optional<String> field() {
		return Optional.ofNullable(this.field);
	}

	/**
	 * For an unknown key, the key as written.
	 * @return the key, or empty
	 */
	public Optional<String> key() {
		return Optional.ofNullable(this.key);
	}

	/**
	 * The kinds of mistakes in a rule set document.
	 */
	public enum Kind {

		/** Nothing was written. */
		EMPTY,

		/** Not YAML (or JSON): indentation, a missing colon or bracket. */
		SYNTAX,

		/** A key no rule has (a typo that would otherwise turn a rule off). */
		UNKNOWN_KEY,

		/** A required value is missing. */
		MISSING_VALUE,

		/** A value of the wrong type: text where a number belongs, an unknown kind. */
		WRONG_VALUE,

		/** A rule that makes no sense: a negative number of days, an id used twice. */
		INVALID_RULE

	}

}
