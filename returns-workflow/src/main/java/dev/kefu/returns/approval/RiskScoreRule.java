package dev.kefu.returns.approval;

import java.util.Optional;

/**
 * Sends a request whose risk score reaches a threshold to a person. A score is a reason
 * to look, never to refuse, so the rule cannot reject.
 *
 * @param id the rule's id
 * @param atLeast the score (1 to 100) from which the rule fires
 * @param outcome what to do (REVIEW)
 * @param reason what the shopper and the agent read
 */
public record RiskScoreRule(String id, int atLeast, Outcome outcome, LocalizedText reason) implements ApprovalRule {

	public RiskScoreRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (atLeast < 1 || atLeast > ReturnRisk.MAX) {
			throw new IllegalArgumentException("at-least must be 1 to " + ReturnRisk.MAX);
		}
		if (outcome == Outcome.REJECT) {
			throw new IllegalArgumentException("a risk score never rejects a request: outcome must be REVIEW");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		return (facts.risk().score() >= this.atLeast)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
