package dev.kefu.returns.approval;

import java.util.Optional;

/**
 * What the shop's vision model found: a photo in which it confidently sees no product at
 * all goes to a person. (A finding that shows the claimed problem raises the value limit:
 * see {@link ValueLimitRule#photoFindingFactor()}.) The model never decides; with the
 * model off the rule never fires.
 *
 * @param id the rule's id
 * @param minConfidence the least confidence a finding needs to count (0 to 1)
 * @param outcome what to do (REVIEW; findings never reject)
 * @param reason what the shopper and the agent read
 */
public record PhotoFindingRule(String id, Double minConfidence, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public PhotoFindingRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (outcome == Outcome.REJECT) {
			throw new IllegalArgumentException("a vision finding never rejects a request: outcome must be REVIEW");
		}
		minConfidence = (minConfidence != null) ? minConfidence : 0.7;
		if (!(minConfidence >= 0 && minConfidence <= 1)) {
			throw new IllegalArgumentException("min-confidence must be between 0 and 1");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		return facts.evidence().noProductVisible(this.minConfidence)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
