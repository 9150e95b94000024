package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Frequent returners: too many returns, or too large a share of what they bought sent
 * back, within a period.
 *
 * @param id the rule's id
 * @param days the period
 * @param maxReturns most earlier returns allowed within the period (this one not counted)
 * @param maxReturnedShare most value already returned over value bought within the period
 * (earlier requests only: one whole order sent back is not a pattern), from 0 to 1;
 * {@code null} for no limit
 * @param outcome what to do when exceeded
 * @param reason what the shopper reads
 */
public record ShopperHistoryRule(String id, int days, int maxReturns, BigDecimal maxReturnedShare, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public ShopperHistoryRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (days < 1 || days > 3650 || maxReturns < 0) {
			throw new IllegalArgumentException("days must be 1 to 3650 and max-returns not negative");
		}
		if (maxReturnedShare != null
				&& (maxReturnedShare.signum() < 0 || maxReturnedShare.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("max-returned-share must be between 0 and 1");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		Instant since = facts.now().minus(Duration.ofDays(this.days));
		boolean tooMany = facts.history().returnsSince(since) > this.maxReturns;
		return (tooMany || tooLargeShare(facts, since))
				? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

	private boolean tooLargeShare(ReturnFacts facts, Instant since) {
		if (this.maxReturnedShare == null) {
			return false;
		}
		BigDecimal bought = facts.history().boughtSince(since);
		if (bought.signum() <= 0) {
			return false;
		}
		BigDecimal returned = facts.history().returnedSince(since);
		return returned.divide(bought, 4, RoundingMode.HALF_UP).compareTo(this.maxReturnedShare) > 0;
	}

}
