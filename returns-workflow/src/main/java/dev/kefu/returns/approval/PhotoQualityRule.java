package dev.kefu.returns.approval;

import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the checks at upload found in the photos: an unusable photo (too small, blurred,
 * too dark or bright) is already not counted as evidence; this rule lets a shop also send
 * such a request, or one whose photo metadata says something (taken before the delivery,
 * last saved by an editor, no camera data), to a person. Facts, never proof.
 *
 * @param id the rule's id
 * @param problems the problems that make it fire (any photo having one)
 * @param metadata the metadata facts that make it fire
 * @param outcome what to do (REVIEW; checks never reject)
 * @param reason what the shopper and the agent read
 */
public record PhotoQualityRule(String id, Set<PhotoProblem> problems, Set<MetadataFact> metadata, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public PhotoQualityRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (outcome == Outcome.REJECT) {
			throw new IllegalArgumentException(
					"photo checks never reject a request: outcome must be APPROVE or REVIEW");
		}
		problems = (problems != null) ? Set.copyOf(problems) : Set.of();
		metadata = (metadata != null) ? Set.copyOf(metadata) : Set.of();
		if (problems.isEmpty() && metadata.isEmpty()) {
			throw new IllegalArgumentException("a photo-quality rule needs problems or metadata to look for");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		EvidenceFacts evidence = facts.evidence();
		boolean fires = evidence.problems().stream().anyMatch(this.problems::contains)
				|| evidence.metadata().stream().anyMatch(this.metadata::contains);
		return fires ? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
