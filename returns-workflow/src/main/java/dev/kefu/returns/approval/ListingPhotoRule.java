package dev.kefu.returns.approval;

import java.util.Optional;

/**
 * A photo that is the shop's own listing photo of the product (found by its perceptual
 * hash, after resizing or recompression) shows nothing of the item the shopper has: it is
 * not counted as evidence, and the rule sends the request to a person. It never rejects:
 * a shopper may have sent the wrong photo by mistake.
 *
 * @param id the rule's id
 * @param outcome what to do (REVIEW; never REJECT)
 * @param reason what the shopper and the agent read
 */
public record ListingPhotoRule(String id, Outcome outcome, LocalizedText reason) implements ApprovalRule {

	public ListingPhotoRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (outcome == Outcome.REJECT) {
			throw new IllegalArgumentException("a listing photo never rejects a request: outcome must be REVIEW");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		return (facts.evidence().listingPhotos() > 0)
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
