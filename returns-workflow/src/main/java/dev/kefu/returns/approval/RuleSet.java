package dev.kefu.returns.approval;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import dev.kefu.returns.cases.ReturnReason;

/**
 * A shop's current rules, in order. The most severe outcome among the rules that fire
 * decides; the reasons of the rules at that outcome are what the shopper reads.
 *
 * @param version the rule set's version (0 for the built-in defaults)
 * @param approvedReason what the shopper reads when no rule stands in the way
 * @param rules the rules
 * @param names the rules' names in words, by rule id (a rule without a name is left out)
 */
public record RuleSet(int version, LocalizedText approvedReason, List<ApprovalRule> rules,
		Map<String, RuleName> names) {

	public RuleSet {
		names = Map.copyOf((names != null) ? names : Map.of());
		ApprovalRule.require(approvedReason, "approved-reason");
		rules = List.copyOf(ApprovalRule.require(rules, "rules"));
		Set<String> ids = new HashSet<>();
		for (ApprovalRule rule : rules) {
			if (!ids.add(rule.id())) {
				throw new IllegalArgumentException("rule id '" + rule.id() + "' is used twice");
			}
		}
		if (rules.size() > 200) {
			throw new IllegalArgumentException("a rule set holds at most 200 rules");
		}
		for (String named : names.keySet()) {
			if (!ids.contains(named)) {
				throw new IllegalArgumentException("there is no rule '" + named + "' to name");
			}
		}
	}

	/**
	 * Rules without names in words.
	 * @param version the rule set's version
	 * @param approvedReason what the shopper reads when no rule stands in the way
	 * @param rules the rules
	 */
	public RuleSet(int version, LocalizedText approvedReason, List<ApprovalRule> rules) {
		this(version, approvedReason, rules, Map.of());
	}

	/**
	 * The same rules under another version number.
	 * @param newVersion the version
	 * @return the rule set
	 */
	public RuleSet withVersion(int newVersion) {
		return new RuleSet(newVersion, this.approvedReason, this.rules, this.names);
	}

	/**
	 * Decides a request.
	 * @param facts the request
	 * @return the decision with every rule that fired
	 */
	public Decision evaluate(ReturnFacts facts) {
		List<Finding> findings = new ArrayList<>();
		Outcome outcome = Outcome.APPROVE;
		for (ApprovalRule rule : this.rules) {
			var finding = rule.evaluate(facts);
			if (finding.isPresent()) {
				findings.add(finding.get().named(this.names.get(rule.id())));
				outcome = outcome.mostSevere(finding.get().outcome());
			}
		}
		Outcome decided = outcome;
		// Rules that only change how an approved case runs (refund at pickup) do not
		// explain the decision.
		List<Finding> deciding = findings.stream()
			.filter((f) -> f.outcome() == decided && !f.refundAtPickup())
			.toList();
		boolean keepItem = decided == Outcome.APPROVE && deciding.stream().anyMatch(Finding::keepItem);
		boolean refundAtPickup = decided == Outcome.APPROVE && !keepItem
				&& findings.stream().anyMatch(Finding::refundAtPickup);
		LocalizedText reason = deciding.stream()
			.map(Finding::reason)
			.reduce(LocalizedText::join)
			.orElse(this.approvedReason);
		List<Finding> applied = refundAtPickup ? findings
				: findings.stream().filter((f) -> !f.refundAtPickup()).toList();
		return new Decision(decided, applied, reason, keepItem, this.version, refundAtPickup, true, facts.risk());
	}

	/**
	 * Whether a request with this reason should come with photos.
	 * @param reason the shopper's reason
	 * @return {@code true} when an evidence rule covers it
	 */
	public boolean needsPhotos(ReturnReason reason) {
		return this.rules.stream().anyMatch((r) -> r instanceof EvidenceRule evidence && evidence.needsPhotos(reason));
	}

	/**
	 * The longest a return may be asked for after delivery, whatever the reason: for each
	 * reason the shortest window of the window rules covering it, and of those the
	 * longest. Past it, every request falls outside a window (refused, or left to a
	 * person).
	 * @param deliveredAt when the order was signed for
	 * @param zone the shop's time zone
	 * @return the window, or empty when some reason has no window at all
	 */
	public Optional<ReturnWindow> returnWindow(Instant deliveredAt, ZoneId zone) {
		int longest = 0;
		for (ReturnReason reason : ReturnReason.values()) {
			OptionalInt shortest = this.rules.stream()
				.filter((r) -> r instanceof ReturnWindowRule window
						&& (window.reasons().isEmpty() || window.reasons().contains(reason)))
				.mapToInt((r) -> ((ReturnWindowRule) r).days())
				.min();
			if (shortest.isEmpty()) {
				return Optional.empty();
			}
			longest = Math.max(longest, shortest.getAsInt());
		}
		return Optional.of(new ReturnWindow(deliveredAt, longest, zone));
	}

}
