package dev.kefu.returns.approval;

import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.cases.ReturnReason;

/**
 * Claims that need evidence: a quality or damage claim without photos goes to a person.
 * The chat asks for the photos before it submits such a request, so the rule fires only
 * when the shopper would not give them.
 *
 * @param id the rule's id
 * @param reasons the reasons that need photos
 * @param minPhotos how many photos at least
 * @param outcome what to do without them
 * @param reason what the shopper reads
 */
public record EvidenceRule(String id, Set<ReturnReason> reasons, int minPhotos, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public EvidenceRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		reasons = (reasons != null) ? Set.copyOf(reasons) : Set.of();
		if (minPhotos < 1 || minPhotos > 5) {
			throw new IllegalArgumentException("min-photos must be between 1 and 5");
		}
	}

	/**
	 * Whether a request with this reason needs photos under this rule.
	 * @param candidate the shopper's reason
	 * @return {@code true} when the rule covers it
	 */
	public boolean needsPhotos(ReturnReason candidate) {
		return this.reasons.contains(candidate);
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean missing = this.reasons.contains(facts.reason()) && facts.evidence().photos() < this.minPhotos;
		return missing ? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
