package dev.kefu.returns.law;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnWindow;
import dev.kefu.returns.approval.ReturnsWords;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnReason;

/**
 * The European Union's 14-day right of withdrawal (Consumer Rights Directive 2011/83/EU,
 * Art. 9 and the exceptions of Art. 16), profile {@code EU}. An extension point, not a
 * full implementation: the window and the plainest exceptions only, its texts not checked
 * against the Official Journal, and member states' own rules not modelled.
 */
final class EuWithdrawal implements LegalProfile {

	static final EuWithdrawal INSTANCE = new EuWithdrawal();

	/**
	 * Art. 16(c) made to the consumer's specifications, (d) perishable, (j) newspapers.
	 */
	static final Set<String> EXCEPTIONS = Set.of("custom-made", "fresh-food", "perishable", "newspapers", "periodicals",
			"digital-download");

	/** Art. 16(e) sealed goods unsuitable for return for health or hygiene reasons. */
	static final Set<String> SEALED_HYGIENE = Set.of("underwear", "swimwear", "hygiene", "cosmetics");

	private static final Article ART_9 = Article.named("eu-2011-83-9");

	private EuWithdrawal() {
	}

	@Override
	public String code() {
		return "EU";
	}

	@Override
	public int windowDays() {
		return 14;
	}

	@Override
	public Set<ReturnReason> noReasonReasons() {
		return Set.of(ReturnReason.CHANGED_MIND, ReturnReason.WRONG_SIZE);
	}

	@Override
	public Set<String> confirmationCategories() {
		return Set.of();
	}

	@Override
	public Optional<Protection> protection(ReturnFacts facts, Instant requestedAt, ItemCondition condition) {
		Instant deliveredAt = facts.order().deliveredAt();
		if (facts.kind() != CaseKind.RETURN || !noReasonReasons().contains(facts.reason()) || deliveredAt == null
				|| !new ReturnWindow(deliveredAt, windowDays(), facts.zone()).isOpen(requestedAt)) {
			return Optional.empty();
		}
		String category = facts.line().category();
		if (EXCEPTIONS.contains(category)
				|| (SEALED_HYGIENE.contains(category) && condition != null && condition.sealBroken())) {
			return Optional.empty();
		}
		return Optional.of(new Protection(List.of(ART_9), ReturnsWords.text("law.eu.withdrawal-protected")));
	}

	@Override
	public Optional<Protection> notIntact(String category, ItemCondition condition) {
		// Art. 14(2): handling beyond what is needed lowers the refund; it does not end
		// the right. Nothing here refuses a return.
		return Optional.empty();
	}

}
