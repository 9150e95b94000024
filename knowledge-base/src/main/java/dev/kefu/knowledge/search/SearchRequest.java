package dev.kefu.knowledge.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A question to look up.
 *
 * @param text what the shopper wrote
 * @param productCategories categories of the products the conversation is about; entries
 * scoped to other products are left out. Empty when unknown.
 * @param skus SKUs the conversation is about, likewise
 * @param at the moment that decides which entries are valid (a livestream promise
 * expires)
 * @param limit how many matches to return at most
 */
public record SearchRequest(String text, Set<String> productCategories, Set<String> skus, Instant at, int limit) {

	public SearchRequest {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(at, "at");
		productCategories = Set.copyOf(productCategories);
		skus = Set.copyOf(skus);
		if (limit < 1 || limit > 50) {
			throw new IllegalArgumentException("limit must be 1 to 50");
		}
	}

	public static SearchRequest of(String text, Instant at) {
		return new SearchRequest(text, Set.of(), Set.of(), at, 5);
	}

	boolean hasProductContext() {
		return !this.productCategories.isEmpty() || !this.skus.isEmpty();
	}

}
