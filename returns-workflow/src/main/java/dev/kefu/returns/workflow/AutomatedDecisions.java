package dev.kefu.returns.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.law.LegalFloor;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The log of automated decisions (PIPL Art. 24): each decision the rules or the system
 * took without a person, with the inputs it looked at, for the shop's personal
 * information impact assessment. The inputs name the case, never the shopper: the case id
 * leads to them for those allowed to look.
 */
public class AutomatedDecisions {

	private final JdbcClient jdbc;

	AutomatedDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(ReturnCase c, ReturnFacts facts, Decision decision, String legalProfile, Instant at) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("kind", c.request().kind().name());
		inputs.put("reason", c.request().reason().name());
		inputs.put("quantity", c.request().quantity());
		inputs.put("requestedAt", c.createdAt().toString());
		inputs.put("photos", c.request().photoIds().size());
		if (c.request().condition() != null) {
			inputs.put("condition", c.request().condition());
		}
		if (facts != null) {
			inputs.put("category", facts.line().category());
			inputs.put("unitPrice", facts.line().unitPrice());
			inputs.put("amount", facts.amount());
			inputs.put("currency", facts.order().currency());
			inputs.put("orderPlacedAt", facts.order().placedAt().toString());
			inputs.put("signedAt",
					(facts.order().deliveredAt() != null) ? facts.order().deliveredAt().toString() : null);
			inputs.put("exclusionConfirmedAtPurchase", facts.line().exclusionConfirmedAtPurchase());
			inputs.put("reusedPhotos", facts.evidence().reusedPhotos());
			inputs.put("listingPhotos", facts.evidence().listingPhotos());
			inputs.put("membershipTier", facts.membershipTier());
			inputs.put("earlierReturns", facts.history().returns().size());
			inputs.put("earlierPurchases", facts.history().purchases().size());
			inputs.put("replacementInStock", facts.replacementInStock());
			inputs.put("zone", facts.zone().getId());
		}
		inputs.put("legalFloorApplied", decision.firedRules().contains(LegalFloor.FINDING_ID));
		this.jdbc.sql("""
				insert into automated_decisions (shop_id, case_id, decided_at, outcome, rules_version, fired_rules,
				    legal_profile, reason_zh, reason_en, inputs)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
				""")
			.params(c.request().shopper().shopId(), c.id().value(), Timestamp.from(at), decision.outcome().name(),
					decision.rulesVersion(), String.join(",", decision.firedRules()), legalProfile,
					decision.reason().zh(), decision.reason().en(), CaseJson.write(inputs))
			.update();
	}

	/**
	 * A shop's automated decisions in a period, oldest first.
	 * @param shopId the shop
	 * @param from from (inclusive)
	 * @param to until (exclusive)
	 * @param limit the most to return
	 * @return the decisions with their inputs
	 */
	public List<Entry> of(String shopId, Instant from, Instant to, int limit) {
		return this.jdbc
			.sql("""
					select case_id, decided_at, outcome, rules_version, fired_rules, legal_profile, reason_zh, reason_en, inputs
					from automated_decisions where shop_id = ? and decided_at >= ? and decided_at < ?
					order by decided_at, id limit ?
					""")
			.params(shopId, Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, i) -> new Entry(rs.getObject("case_id", UUID.class), rs.getTimestamp("decided_at").toInstant(),
					rs.getString("outcome"), rs.getInt("rules_version"),
					rs.getString("fired_rules").isEmpty() ? List.of() : List.of(rs.getString("fired_rules").split(",")),
					rs.getString("legal_profile"), rs.getString("reason_zh"), rs.getString("reason_en"),
					CaseJson.tree(rs.getString("inputs"))))
			.list();
	}

	/**
	 * A case's automated decisions, oldest first.
	 * @param id the case
	 * @return how many there are
	 */
	public int countOf(ReturnCaseId id) {
		return this.jdbc.sql("select count(*) from automated_decisions where case_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
	}

	/**
	 * One automated decision.
	 *
	 * @param caseId the case
	 * @param decidedAt when
	 * @param outcome approve, review or reject
	 * @param rulesVersion the rule set's version
	 * @param firedRules the rules (and floor) that fired
	 * @param legalProfile the shop's legal profile
	 * @param reasonZh the reason the shopper read, in Chinese
	 * @param reasonEn the reason, in English
	 * @param inputs what the decision looked at
	 */
	public record Entry(UUID caseId, Instant decidedAt, String outcome, int rulesVersion, List<String> firedRules,
			String legalProfile, String reasonZh, String reasonEn, JsonNode inputs) {
	}

}
