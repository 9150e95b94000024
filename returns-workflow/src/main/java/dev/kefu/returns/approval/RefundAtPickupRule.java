package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;

/**
 * Refund at pickup (极速退款): for low-value returns the shop trusts, the money goes back as
 * soon as the courier collects the parcel, not when the warehouse has received and
 * checked it, which takes days off a return. Only changes how an approved return runs;
 * never approves anything by itself.
 *
 * @param id the rule's id
 * @param maxAmount the largest refund paid at pickup for tiers not listed
 * @param tierLimits limits per membership tier
 * @param reasons the reasons it covers; empty for all
 * @param reason what the shopper reads
 */
public record RefundAtPickupRule(String id, BigDecimal maxAmount, Map<String, BigDecimal> tierLimits,
		Set<ReturnReason> reasons, LocalizedText reason) implements ApprovalRule {

	public RefundAtPickupRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(reason, "reason");
		if (ApprovalRule.require(maxAmount, "max-amount").signum() < 0) {
			throw new IllegalArgumentException("max-amount must not be negative");
		}
		tierLimits = (tierLimits != null) ? Map.copyOf(tierLimits) : Map.of();
		reasons = (reasons != null) ? Set.copyOf(reasons) : Set.of();
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		BigDecimal limit = this.tierLimits.getOrDefault(facts.membershipTier(), this.maxAmount);
		boolean covered = facts.kind() == CaseKind.RETURN
				&& (this.reasons.isEmpty() || this.reasons.contains(facts.reason()))
				&& facts.amount().compareTo(limit) <= 0;
		return covered ? Optional.of(new Finding(this.id, Outcome.APPROVE, this.reason, false, true))
				: Optional.empty();
	}

}
