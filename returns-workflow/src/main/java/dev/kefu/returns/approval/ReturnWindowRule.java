package dev.kefu.returns.approval;

import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.cases.ReturnReason;

/**
 * The return window, counted in whole days in the shop's time zone from the day after
 * delivery (e.g. seven days for no-reason returns, fifteen for quality claims; see
 * {@link ReturnWindow}). Fires when the window has passed.
 *
 * @param id the rule's id
 * @param days length of the window
 * @param reasons the reasons it applies to; empty for all
 * @param outcome what to do past the window
 * @param reason what the shopper reads
 */
public record ReturnWindowRule(String id, int days, Set<ReturnReason> reasons, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public ReturnWindowRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (days < 0 || days > 3650) {
			throw new IllegalArgumentException("days must be between 0 and 3650");
		}
		reasons = (reasons != null) ? Set.copyOf(reasons) : Set.of();
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean applies = this.reasons.isEmpty() || this.reasons.contains(facts.reason());
		if (!applies || facts.order().deliveredAt() == null) {
			return Optional.empty();
		}
		boolean closed = !new ReturnWindow(facts.order().deliveredAt(), this.days, facts.zone()).isOpen(facts.now());
		return closed ? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
