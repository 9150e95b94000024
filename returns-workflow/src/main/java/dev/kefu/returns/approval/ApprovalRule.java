package dev.kefu.returns.approval;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One auto-approval policy. A rule looks at the facts of a request and either stays quiet
 * or fires with an outcome and a reason. Rules are data: their kind and parameters come
 * from the shop's rule set, not from code changes.
 */
// A rule's name in words belongs to its rule set (RuleSetFormat reads it beside the
// rule), so the rules themselves take no name of their own.
@JsonIgnoreProperties("name")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = ReturnWindowRule.class, name = "return-window"),
		@JsonSubTypes.Type(value = CategoryRule.class, name = "category"),
		@JsonSubTypes.Type(value = ValueLimitRule.class, name = "value-limit"),
		@JsonSubTypes.Type(value = EvidenceRule.class, name = "evidence"),
		@JsonSubTypes.Type(value = ShopperHistoryRule.class, name = "shopper-history"),
		@JsonSubTypes.Type(value = DeliveryRule.class, name = "delivery"),
		@JsonSubTypes.Type(value = KeepItemRule.class, name = "keep-item"),
		@JsonSubTypes.Type(value = ExchangeStockRule.class, name = "exchange-stock"),
		@JsonSubTypes.Type(value = RefundAtPickupRule.class, name = "refund-at-pickup"),
		@JsonSubTypes.Type(value = PhotoReuseRule.class, name = "photo-reuse"),
		@JsonSubTypes.Type(value = PhotoQualityRule.class, name = "photo-quality"),
		@JsonSubTypes.Type(value = PhotoFindingRule.class, name = "photo-finding"),
		@JsonSubTypes.Type(value = ListingPhotoRule.class, name = "listing-photo"),
		@JsonSubTypes.Type(value = RiskScoreRule.class, name = "risk-score") })
public sealed interface ApprovalRule permits ReturnWindowRule, CategoryRule, ValueLimitRule, EvidenceRule,
		ShopperHistoryRule, DeliveryRule, KeepItemRule, ExchangeStockRule, RefundAtPickupRule, PhotoReuseRule,
		PhotoQualityRule, PhotoFindingRule, ListingPhotoRule, RiskScoreRule {

	/**
	 * The rule's id, unique in its rule set (e.g. {@code no-reason-7-days}).
	 * @return the id
	 */
	String id();

	/**
	 * Applies the rule.
	 * @param facts the request
	 * @return a finding when the rule fires, empty otherwise
	 */
	Optional<Finding> evaluate(ReturnFacts facts);

	static void requireId(String id) {
		if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
			throw new IllegalArgumentException("rule id must be 1 to 64 lowercase letters, digits or dashes: " + id);
		}
	}

	static <T> T require(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

}
