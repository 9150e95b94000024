package dev.kefu.returns.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a return or exchange case.
 *
 * @param value the id
 */
public record ReturnCaseId(UUID value) {

	public ReturnCaseId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * A new random id.
	 * @return the id
	 */
	public static ReturnCaseId random() {
		return new ReturnCaseId(UUID.randomUUID());
	}

	/**
	 * Reads an id from its text form.
	 * @param text a UUID
	 * @return the id
	 * @throws IllegalArgumentException if the text is not a UUID
	 */
	public static ReturnCaseId of(String text) {
		return new ReturnCaseId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
