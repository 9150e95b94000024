package dev.kefu.returns.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;
import org.jspecify.annotations.Nullable;

/**
 * What the shopper (or an agent, or the shop's systems) asks for.
 *
 * @param kind return or exchange
 * @param shopper whose item
 * @param orderId the order
 * @param lineNumber the order line
 * @param quantity how many units of the line (partial returns allowed)
 * @param reason why
 * @param note the shopper's own words
 * @param photoIds photos given as evidence (attachment ids)
 * @param exchangeSku the variant wanted instead (exchanges only)
 * @param requestKey the same for every submission of this request (chat message id,
 * Idempotency-Key header), so a resubmission finds the case already made
 * @param origin where the request came from
 * @param conversationId the chat conversation to tell the shopper in
 * @param condition the item's state as the shopper confirms it (SAMR Art. 8–9); none when
 * they were not asked
 */
public record ReturnRequest(CaseKind kind, ShopperRef shopper, String orderId, int lineNumber, int quantity,
		ReturnReason reason, @Nullable String note, List<UUID> photoIds, @Nullable String exchangeSku,
		String requestKey, Origin origin, @Nullable String conversationId, @Nullable ItemCondition condition) {

	/** Longest note kept. */
	public static final int MAX_NOTE = 500;

	public ReturnRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(shopper, "shopper");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(origin, "origin");
		requireText(orderId, "orderId", 64);
		requireText(requestKey, "requestKey", 200);
		if (lineNumber < 1) {
			throw new IllegalArgumentException("lineNumber must be positive");
		}
		if (quantity < 1 || quantity > 10_000) {
			throw new IllegalArgumentException("quantity must be between 1 and 10000");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
		}
		photoIds = (photoIds != null) ? List.copyOf(photoIds) : List.of();
		if (photoIds.size() > 10) {
			throw new IllegalArgumentException("at most 10 photos");
		}
		if (kind == CaseKind.EXCHANGE) {
			requireText(exchangeSku, "exchangeSku", 64);
		}
		else if (exchangeSku != null) {
			throw new IllegalArgumentException("exchangeSku is only for exchanges");
		}
	}

	/**
	 * A request whose shopper was not asked about the item's state.
	 * @param kind return or exchange
	 * @param shopper whose item
	 * @param orderId the order
	 * @param lineNumber the order line
	 * @param quantity how many units
	 * @param reason why
	 * @param note the shopper's words
	 * @param photoIds photos given
	 * @param exchangeSku the variant wanted instead (exchanges only)
	 * @param requestKey the request's key
	 * @param origin where it came from
	 * @param conversationId the conversation
	 */
	public ReturnRequest(CaseKind kind, ShopperRef shopper, String orderId, int lineNumber, int quantity,
			ReturnReason reason, @Nullable String note, List<UUID> photoIds, @Nullable String exchangeSku,
			String requestKey, Origin origin, @Nullable String conversationId) {
		this(kind, shopper, orderId, lineNumber, quantity, reason, note, photoIds, exchangeSku, requestKey, origin,
				conversationId, null);
	}

	private static void requireText(@Nullable String value, String name, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
		}
	}

}
