package dev.kefu.returns.approval;

import java.time.Duration;
import java.util.Optional;

import dev.kefu.returns.orders.OrderStatus;

/**
 * Order age and delivery status: an order not yet delivered is not returned (the shopper
 * cancels or refuses it instead), and very old orders are not returned at all.
 *
 * @param id the rule's id
 * @param requireDelivered whether the order must be delivered
 * @param maxOrderAgeDays most days since the order was placed; 0 for no limit
 * @param outcome what to do
 * @param reason what the shopper reads
 */
public record DeliveryRule(String id, boolean requireDelivered, int maxOrderAgeDays, Outcome outcome,
		LocalizedText reason) implements ApprovalRule {

	public DeliveryRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		if (maxOrderAgeDays < 0) {
			throw new IllegalArgumentException("max-order-age-days must not be negative");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean undelivered = this.requireDelivered && facts.order().status() != OrderStatus.DELIVERED;
		boolean tooOld = this.maxOrderAgeDays > 0
				&& facts.now().isAfter(facts.order().placedAt().plus(Duration.ofDays(this.maxOrderAgeDays)));
		return (undelivered || tooOld) ? Optional.of(new Finding(this.id, this.outcome, this.reason, false))
				: Optional.empty();
	}

}
