package dev.kefu.returns.approval;

import java.util.Objects;

/**
 * One rule that fired for a request.
 *
 * @param ruleId the rule's id
 * @param outcome what it asks for
 * @param reason why, in words the shopper reads
 * @param keepItem whether it lets the shopper keep the item (refund without return)
 * @param refundAtPickup whether it refunds as soon as the courier collects the parcel
 */
public record Finding(String ruleId, Outcome outcome, LocalizedText reason, boolean keepItem, boolean refundAtPickup) {

	public Finding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(reason, "reason");
	}

	public Finding(String ruleId, Outcome outcome, LocalizedText reason, boolean keepItem) {
		this(ruleId, outcome, reason, keepItem, false);
	}

}
