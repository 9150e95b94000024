package dev.kefu.returns.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.law.LegalFloor;
import dev.kefu.returns.law.LegalProfile;
import dev.kefu.returns.law.RulesBelowLegalFloor;
import dev.kefu.returns.shops.ShopLegalProfiles;
import dev.kefu.returns.shops.ShopTimeZones;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each shop's auto-approval rules, versioned: saving writes a new version, the highest is
 * in force, old versions stay for the record. A shop that never saved rules uses the
 * built-in defaults ({@code returns/default-approval-rules.yml}, version 0).
 */
class ApprovalRuleSets implements RuleSets {

	private static final String DEFAULTS = "returns/default-approval-rules.yml";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RuleSet defaults;

	private final ShopLegalProfiles profiles;

	private final ShopTimeZones zones;

	ApprovalRuleSets(JdbcClient jdbc, Clock clock, ShopLegalProfiles profiles, ShopTimeZones zones) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.profiles = profiles;
		this.zones = zones;
		this.defaults = RuleSetFormat.fromYaml(defaultYaml(), 0);
	}

	/**
	 * The law a shop's rules stand on.
	 * @param shopId the shop
	 * @return its legal profile
	 */
	@Override
	public LegalProfile legalProfile(String shopId) {
		return LegalProfile.of(this.profiles.legalProfileOf(shopId));
	}

	/**
	 * Refuses rules that could refuse what the shop's law requires (SAMR Art. 6, 7, 10
	 * and 30 for mainland China).
	 * @param shopId the shop
	 * @param rules the rules
	 * @throws RulesBelowLegalFloor if one could
	 */
	@Override
	public void requireLawful(String shopId, RuleSet rules) {
		LegalFloor.require(legalProfile(shopId), rules, this.zones.zoneOf(shopId));
	}

	/**
	 * The built-in rule set as YAML.
	 * @return the document
	 */
	public static String defaultYaml() {
		try {
			return new ClassPathResource(DEFAULTS).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rules in force for a shop.
	 * @param shopId the shop
	 * @return its latest saved rule set, or the defaults
	 */
	@Override
	public RuleSet current(String shopId) {
		return this.jdbc
			.sql("select version, rules from approval_rule_sets where shop_id = ? order by version desc limit 1")
			.param(shopId)
			.query((rs, i) -> RuleSetFormat.fromJson(rs.getString("rules"), rs.getInt("version")))
			.optional()
			.orElse(this.defaults);
	}

	/**
	 * Saves a new version of a shop's rules.
	 * @param shopId the shop
	 * @param rules the rules (their version is ignored)
	 * @param basedOn the version the editor started from: saving fails if someone saved
	 * another version since
	 * @param author who saves
	 * @param note why, or {@code null}
	 * @return the rule set as saved, with its new version
	 * @throws RuleSetChanged if {@code basedOn} is no longer the latest version
	 * @throws RulesBelowLegalFloor if a rule could refuse what the law requires
	 */
	@Override
	public RuleSet save(String shopId, RuleSet rules, int basedOn, String author, String note) {
		requireLawful(shopId, rules);
		int latest = current(shopId).version();
		if (basedOn != latest) {
			throw new RuleSetChanged(latest);
		}
		RuleSet saved = rules.withVersion(latest + 1);
		try {
			this.jdbc.sql("""
					insert into approval_rule_sets (shop_id, version, rules, author, note, created_at)
					values (?, ?, ?::jsonb, ?, ?, ?)
					""")
				.params(shopId, saved.version(), RuleSetFormat.toJson(saved), author, note,
						Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleSetChanged(saved.version());
		}
		return saved;
	}

	/**
	 * Every saved version of a shop's rules, newest first.
	 * @param shopId the shop
	 * @return who saved which version when, and why
	 */
	@Override
	public List<RuleSetVersion> versions(String shopId) {
		return this.jdbc.sql(
				"select version, author, note, created_at from approval_rule_sets where shop_id = ? order by version desc")
			.param(shopId)
			.query((rs, i) -> new RuleSetVersion(rs.getInt("version"), rs.getString("author"), rs.getString("note"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
