package dev.kefu.returns.approval;

import java.util.Optional;

import dev.kefu.returns.cases.CaseKind;

/**
 * Exchanges only when the wanted variant is in stock.
 *
 * @param id the rule's id
 * @param outcome what to do when it is not (usually reject, with a refund offered)
 * @param reason what the shopper reads
 */
public record ExchangeStockRule(String id, Outcome outcome, LocalizedText reason) implements ApprovalRule {

	public ExchangeStockRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean outOfStock = facts.kind() == CaseKind.EXCHANGE
				&& (facts.replacementInStock() == null || facts.replacementInStock() < facts.quantity());
		return outOfStock ? Optional.of(new Finding(this.id, this.outcome, this.reason, false)) : Optional.empty();
	}

}
