package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The most a request may be worth and still be approved without a person; membership
 * tiers may have higher limits (VIP).
 *
 * @param id the rule's id
 * @param maxAmount the limit for shoppers of tiers not listed
 * @param tierLimits limits per membership tier
 * @param outcome what to do above the limit
 * @param reason what the shopper reads
 */
public record ValueLimitRule(String id, BigDecimal maxAmount, Map<String, BigDecimal> tierLimits, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public ValueLimitRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (ApprovalRule.require(maxAmount, "max-amount").signum() < 0) {
			throw new IllegalArgumentException("max-amount must not be negative");
		}
		tierLimits = (tierLimits != null) ? Map.copyOf(tierLimits) : Map.of();
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		BigDecimal limit = this.tierLimits.getOrDefault(facts.membershipTier(), this.maxAmount);
		return (facts.amount().compareTo(limit) > 0)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
