package dev.kefu.returns.approval;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kefu.returns.cases.ReturnReason;

/**
 * Product categories or SKUs that are never returned (custom-made, underwear, fresh food)
 * or always reviewed (opened cosmetics), unless the shopper's reason is one of the
 * exceptions (a faulty item is the shop's problem whatever it is).
 *
 * @param id the rule's id
 * @param categories categories it covers
 * @param skus single SKUs it covers
 * @param exceptReasons reasons for which it stays quiet
 * @param outcome what to do
 * @param reason what the shopper reads
 * @param onlyIfConfirmedAtPurchase fire only for order lines whose shopper confirmed at
 * purchase that the item is not returnable without a reason (SAMR Art. 7 and 20(2))
 */
public record CategoryRule(String id, Set<String> categories, Set<String> skus, Set<ReturnReason> exceptReasons,
		Outcome outcome, LocalizedText reason,
		@JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean onlyIfConfirmedAtPurchase) implements ApprovalRule {

	public CategoryRule {
		ApprovalRule.requireId(id);
		ApprovalRule.require(outcome, "outcome");
		ApprovalRule.require(reason, "reason");
		onlyIfConfirmedAtPurchase = Boolean.TRUE.equals(onlyIfConfirmedAtPurchase);
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
		skus = (skus != null) ? Set.copyOf(skus) : Set.of();
		exceptReasons = (exceptReasons != null) ? Set.copyOf(exceptReasons) : Set.of();
		if (categories.isEmpty() && skus.isEmpty()) {
			throw new IllegalArgumentException("a category rule needs categories or skus");
		}
	}

	/**
	 * A rule that fires whatever was confirmed at purchase.
	 * @param id the rule's id
	 * @param categories categories it covers
	 * @param skus single SKUs it covers
	 * @param exceptReasons reasons for which it stays quiet
	 * @param outcome what to do
	 * @param reason what the shopper reads
	 */
	public CategoryRule(String id, Set<String> categories, Set<String> skus, Set<ReturnReason> exceptReasons,
			Outcome outcome, LocalizedText reason) {
		this(id, categories, skus, exceptReasons, outcome, reason, false);
	}

	@Override
	public Optional<Finding> evaluate(ReturnFacts facts) {
		boolean covered = this.categories.contains(facts.line().category()) || this.skus.contains(facts.line().sku());
		if (!covered || this.exceptReasons.contains(facts.reason())
				|| (this.onlyIfConfirmedAtPurchase && !facts.line().exclusionConfirmedAtPurchase())) {
			return Optional.empty();
		}
		return Optional.of(new Finding(this.id, this.outcome, this.reason, false));
	}

}
