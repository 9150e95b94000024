package dev.kefu.returns.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Identifies a return or exchange case.
 *
 * @param value the id
 */
public record ReturnCaseId(UUID value) {

	private static final String REFUND_KEY_PREFIX = "refund:";

	private static final Pattern REFUND_KEY = Pattern
		.compile("refund:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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

	/**
	 * The idempotency key of the case's refund: one per case, so that no retry,
	 * redelivery or second node ever pays a case twice. The payment system sends it back
	 * with the refund's result.
	 * @return {@code refund:<case id>}
	 */
	public String refundKey() {
		return REFUND_KEY_PREFIX + this.value;
	}

	/**
	 * The case a refund key names; only the exact form {@link #refundKey()} makes.
	 * @param key the key a payment system sent back
	 * @return the case's id, or empty when the key is not one Kefu made
	 */
	public static Optional<ReturnCaseId> fromRefundKey(@Nullable String key) {
		if (key == null || !REFUND_KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		return Optional.of(new ReturnCaseId(UUID.fromString(key.substring(REFUND_KEY_PREFIX.length()))));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
