package dev.kefu.returns.workflow;

import java.util.List;

import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.law.LegalProfile;
import dev.kefu.returns.law.RulesBelowLegalFloor;

/**
 * A shop's approval rules, versioned: what the ops page edits and the chat asks (does
 * this reason want photos?).
 */
public interface RuleSets {

	/**
	 * The rules a shop has before it saves its own, as YAML.
	 * @return the default rule set
	 */
	static String defaultYaml() {
		return ApprovalRuleSets.defaultYaml();
	}

	/**
	 * The law a shop's rules stand on.
	 * @param shopId the shop
	 * @return its legal profile
	 */
	LegalProfile legalProfile(String shopId);

	/**
	 * Refuses rules that could refuse what the shop's law requires (SAMR Art. 6, 7, 10
	 * and 30 for mainland China).
	 * @param shopId the shop
	 * @param rules the rules
	 * @throws RulesBelowLegalFloor if one could
	 */
	void requireLawful(String shopId, RuleSet rules);

	/**
	 * The rules in force for a shop.
	 * @param shopId the shop
	 * @return its latest saved rule set, or the defaults
	 */
	RuleSet current(String shopId);

	/**
	 * Saves a new version of a shop's rules.
	 * @param shopId the shop
	 * @param rules the rules
	 * @param basedOn the version the editor started from: saving fails if someone saved
	 * another version since
	 * @param author who saves
	 * @param note why, or {@code null}
	 * @return the rule set as saved, with its new version
	 * @throws RuleSetChanged if {@code basedOn} is no longer the latest version
	 * @throws RulesBelowLegalFloor if a rule could refuse what the law requires
	 */
	RuleSet save(String shopId, RuleSet rules, int basedOn, String author, String note);

	/**
	 * Every saved version of a shop's rules, newest first.
	 * @param shopId the shop
	 * @return who saved which version when, and why
	 */
	List<RuleSetVersion> versions(String shopId);

}
