package dev.kefu.returns.approval;

import java.util.Optional;

/**
 * A photo already given as evidence on another case (the same shopper again, or someone
 * else's) is a fact for a person to look at, not proof of anything: the rule sends such a
 * request to review.
 *
 * @param id the rule's id
 * @param outcome what to do (REVIEW; a rule set may choose otherwise)
 * @param reason what the shopper and the agent read
 */
public record PhotoReuseRule(String id, Outcome outcome, LocalizedText reason) implements ApprovalRule {

	public PhotoReuseRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		return (facts.evidence().reusedPhotos() > 0)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
