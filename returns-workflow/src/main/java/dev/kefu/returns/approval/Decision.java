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
 * @param automated whether no person took it (the rules, the legal floor or the system):
 * the shopper may then ask for a person's review (PIPL Art. 24)
 * @param risk the request's risk score when the rules decided ({@link ReturnRisk#NONE}
 * for a person's decision, and for decisions stored before risk was scored)
 */
public record Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem,
		int rulesVersion, boolean refundAtPickup, boolean automated, ReturnRisk risk) {

	public Decision {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(reason, "reason");
		findings = List.copyOf(findings);
		risk = (risk != null) ? risk : ReturnRisk.NONE;
	}

	/**
	 * A decision with no risk score.
	 * @param outcome approve, review or reject
	 * @param findings the rules that fired
	 * @param reason what the shopper reads
	 * @param keepItem whether the item stays with the shopper
	 * @param rulesVersion the rule set's version
	 * @param refundAtPickup whether the refund is paid at pickup
	 * @param automated whether no person took it
	 */
	public Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem, int rulesVersion,
			boolean refundAtPickup, boolean automated) {
		this(outcome, findings, reason, keepItem, rulesVersion, refundAtPickup, automated, ReturnRisk.NONE);
	}

	/**
	 * The same decision with the request's risk score.
	 * @param value the score
	 * @return the decision
	 */
	public Decision withRisk(ReturnRisk value) {
		return new Decision(this.outcome, this.findings, this.reason, this.keepItem, this.rulesVersion,
				this.refundAtPickup, this.automated, value);
	}

	/**
	 * An automated decision of the rules.
	 * @param outcome approve, review or reject
	 * @param findings the rules that fired
	 * @param reason what the shopper reads
	 * @param keepItem whether the item stays with the shopper
	 * @param rulesVersion the rule set's version
	 * @param refundAtPickup whether the refund is paid at pickup
	 */
	public Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem, int rulesVersion,
			boolean refundAtPickup) {
		this(outcome, findings, reason, keepItem, rulesVersion, refundAtPickup, true);
	}

	public Decision(Outcome outcome, List<Finding> findings, LocalizedText reason, boolean keepItem, int rulesVersion) {
		this(outcome, findings, reason, keepItem, rulesVersion, false);
	}

	/**
	 * A decision the system takes without the rules (an order line that is not there).
	 * @param outcome what it decides
	 * @param id what decided, as a finding's id
	 * @param reason what the shopper reads
	 * @return the automated decision
	 */
	public static Decision bySystem(Outcome outcome, String id, LocalizedText reason) {
		return new Decision(outcome, List.of(new Finding(id, outcome, reason, false)), reason, false, 0, false, true);
	}

	/**
	 * A person's decision (an agent approving or rejecting under review).
	 * @param outcome approve or reject
	 * @param reason what they said
	 * @return the decision
	 */
	public static Decision byPerson(Outcome outcome, LocalizedText reason) {
		return new Decision(outcome, List.of(), reason, false, 0, false, false);
	}

	/**
	 * The ids of the rules that fired.
	 * @return rule ids in rule order
	 */
	public List<String> firedRules() {
		return this.findings.stream().map(Finding::ruleId).toList();
	}

}
