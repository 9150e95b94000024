package dev.kefu.returns.approval;

import java.util.List;
import java.util.Objects;

/**
 * The rules' verdict on a request, with its explanation.
 *
 * @param outcome approve, review or reject
 * @param findings every rule that fired, in rule order
 * @param reason what the shopper and the agent read: the reasons of the rules that
 * decided, or the default approval sentence when none fired
 * @param keepItem whether the refund is paid without the item coming back
 * @param rulesVersion the version of the rule set that decided
 * @param refundAtPickup whether the refund is paid when the courier collects the parcel
 * rather than when the warehouse receives it
 */
public record Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem,
		int rulesVersion, boolean refundAtPickup) {

	public Decision {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(reason, "reason");
		findings = List.copyOf(findings);
	}

	public Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem, int rulesVersion) {
		this(outcome, findings, reason, keepItem, rulesVersion, false);
	}

	/**
	 * A person's decision (an agent approving or rejecting under review).
	 * @param outcome approve or reject
	 * @param reason what they said
	 * @return the decision
	 */
	public static Decision byPerson(Outcome outcome, LocalizedText reason) {
		return new Decision(outcome, List.of(), reason, false, 0);
	}

	/**
	 * The ids of the rules that fired.
	 * @return rule ids in rule order
	 */
	public List<String> firedRules() {
		return this.findings.stream().map(Finding::ruleId).toList();
	}

}
