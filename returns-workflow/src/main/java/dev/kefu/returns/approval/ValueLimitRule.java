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
 * @param photoFindingFactor how many times the limit is worth when the shop's vision
 * model confidently sees the claimed problem in a photo (1: no change; e.g. 2 doubles it)
 * @param photoFindingConfidence the least confidence such a finding needs (0 to 1)
 */
public record ValueLimitRule(String id, BigDecimal maxAmount, Map<String, BigDecimal> tierLimits, Outcome outcome,
		LocalizedText reason, BigDecimal photoFindingFactor, Double photoFindingConfidence) implements ApprovalRule {

	public ValueLimitRule(String id, BigDecimal maxAmount, Map<String, BigDecimal> tierLimits, Outcome outcome,
			LocalizedText reason) {
		this(id, maxAmount, tierLimits, outcome, reason, null, null);
	}

	public ValueLimitRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (ApprovalRule.require(maxAmount, "max-amount").signum() < 0) {
			throw new IllegalArgumentException("max-amount must not be negative");
		}
		tierLimits = (tierLimits != null) ? Map.copyOf(tierLimits) : Map.of();
		photoFindingFactor = (photoFindingFactor != null) ? photoFindingFactor : BigDecimal.ONE;
		if (photoFindingFactor.compareTo(BigDecimal.ONE) < 0 || photoFindingFactor.compareTo(BigDecimal.TEN) > 0) {
			throw new IllegalArgumentException("photo-finding-factor must be between 1 and 10");
		}
		photoFindingConfidence = (photoFindingConfidence != null) ? photoFindingConfidence : 0.8;
		if (!(photoFindingConfidence >= 0 && photoFindingConfidence <= 1)) {
			throw new IllegalArgumentException("photo-finding-confidence must be between 0 and 1");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		BigDecimal limit = this.tierLimits.getOrDefault(facts.membershipTier(), this.maxAmount);
		if (facts.evidence().photoShowsClaim(facts.reason(), this.photoFindingConfidence)) {
			limit = limit.multiply(this.photoFindingFactor);
		}
		return (facts.amount().compareTo(limit) > 0)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
