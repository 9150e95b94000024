package dev.kefu.returns.approval;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One rule that fired for a request.
 *
 * @param ruleId the rule's id
 * @param outcome what it asks for
 * @param reason why, in words the shopper reads
 * @param keepItem whether it lets the shopper keep the item (refund without return)
 * @param refundAtPickup whether it refunds as soon as the courier collects the parcel
 * @param name the rule's name in words as its rule set gives it, or {@code null} (no name
 * given, or a decision stored before rules had names)
 */
public record Finding(String ruleId, Outcome outcome, LocalizedText reason, boolean keepItem, boolean refundAtPickup,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RuleName name) {

	public Finding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(reason, "reason");
	}

	public Finding(String ruleId, Outcome outcome, LocalizedText reason, boolean keepItem, boolean refundAtPickup) {
		this(ruleId, outcome, reason, keepItem, refundAtPickup, null);
	}

	public Finding(String ruleId, Outcome outcome, LocalizedText reason, boolean keepItem) {
		this(ruleId, outcome, reason, keepItem, false);
	}

	/**
	 * The same finding under its rule's name.
	 * @param ruleName the name, or {@code null}
	 * @return the finding
	 */
	public Finding named(@Nullable RuleName ruleName) {
		return new Finding(this.ruleId, this.outcome, this.reason, this.keepItem, this.refundAtPickup, ruleName);
	}

}
