package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.util.Optional;

import dev.kefu.returns.cases.CaseKind;

/**
 * "Keep the item": when sending the item back would cost the shop more than the item is
 * worth, the refund is paid and the item stays with the shopper. Only for returns, and
 * only where no other rule asks for a person.
 *
 * @param id the rule's id
 * @param returnShippingCost what a return pickup costs the shop
 * @param reason what the shopper reads
 */
public record KeepItemRule(String id, BigDecimal returnShippingCost, LocalizedText reason) implements ApprovalRule {

	public KeepItemRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(reason, "reason");
		if (ApprovalRule.require(returnShippingCost, "return-shipping-cost").signum() < 0) {
			throw new IllegalArgumentException("return-shipping-cost must not be negative");
		}
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean cheaper = facts.kind() == CaseKind.RETURN && facts.amount().compareTo(this.returnShippingCost) < 0;
		return cheaper ? Optional.of(new Finding(this.id, Outcome.APPROVE, this.reason, true)) : Optional.empty();
	}

}
