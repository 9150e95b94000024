package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.workflow.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleSetTests {

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private final RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);

	private static HypotheticalRequest request(ReturnReason reason, String category, String price,
			Integer deliveredDaysAgo, int photos, String tier) {
		return new HypotheticalRequest(CaseKind.RETURN, reason, category, null, new BigDecimal(price), 1, 20,
				deliveredDaysAgo, photos, null, tier, 0, null);
	}

	private Decision decide(HypotheticalRequest request) {
		return this.defaults.evaluate(request.toFacts(NOW, ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void approvesANoReasonReturnWithinSevenDaysOfDelivery() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "apparel", "299", 3, 0, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(decision.findings()).isEmpty();
		assertThat(decision.reason()).isEqualTo(this.defaults.approvedReason());
	}

	@Test
	void rejectsANoReasonReturnAfterSevenDaysAndSaysWhy() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "apparel", "299", 8, 0, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(decision.firedRules()).containsExactly("no-reason-7-days");
		assertThat(decision.reason().zh()).contains("7 天");
		assertThat(decision.reason().en()).contains("7 days");
	}

	@Test
	void sendsALateQualityClaimToAPersonRatherThanRefusingIt() {
		Decision decision = decide(request(ReturnReason.QUALITY_ISSUE, "apparel", "299", 10, 2, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
		Decision late = decide(request(ReturnReason.QUALITY_ISSUE, "apparel", "299", 16, 2, null));
		assertThat(late.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(late.firedRules()).containsExactly("quality-15-days");
	}

	@Test
	void refusesUnderwearWithoutAFaultOnlyWhenConfirmedAtPurchaseAndReviewsAFaultyPiece() {
		// SAMR Art. 7 and 20(2): no confirmation at purchase, no refusal.
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "underwear", "39.90", 1, 0, null)).outcome())
			.isEqualTo(Outcome.APPROVE);
		HypotheticalRequest confirmed = new HypotheticalRequest(CaseKind.RETURN, ReturnReason.CHANGED_MIND, "underwear",
				null, new BigDecimal("39.90"), 1, 20, 1, 0, null, null, 0, null, null, null, null, true, null);
		Decision refused = decide(confirmed);
		assertThat(refused.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(refused.firedRules()).containsExactly("hygiene-confirmed-at-purchase");
		Decision faulty = decide(request(ReturnReason.QUALITY_ISSUE, "underwear", "39.90", 1, 0, null));
		assertThat(faulty.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(faulty.firedRules()).containsExactly("quality-claims-need-photos");
	}

	@Test
	void reviewsCosmetics() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "cosmetics", "159", 1, 0, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("cosmetics-reviewed");
	}

	@Test
	void namesTheRulesThatFiredInWordsAndKeepsTheirNamesAndTraditionalReasonsThroughStorage() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "cosmetics", "159", 1, 0, null));
		assertThat(decision.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.name())
				.isEqualTo(new RuleName("美妆护肤需审核", "美妝保養需審核", "Cosmetics are reviewed")));
		Decision photos = decide(request(ReturnReason.QUALITY_ISSUE, "apparel", "99", 1, 0, null));
		assertThat(photos.firedRules()).contains("quality-claims-need-photos");
		assertThat(photos.reason().zhHant()).contains("品質問題需要照片佐證，客服會與您確認。");
		assertThat(photos.reason().zh()).contains("质量问题需要照片凭证，客服会与您核实。");
		assertThat(this.defaults.names()).hasSameSizeAs(this.defaults.rules());

		RuleSet stored = RuleSetFormat.fromJson(RuleSetFormat.toJson(this.defaults), 3);
		assertThat(stored.names()).isEqualTo(this.defaults.names());
		assertThat(RuleSetFormat.toYaml(this.defaults)).contains("zh-Hant: 美妝保養需審核").contains("zh-Hant: 品質問題需要照片佐證");
	}

	@Test
	void takesANameInAnyOneLanguageAndRefusesAnEmptyOneWithItsLine() {
		String yaml = RuleSets.defaultYaml();
		String onlyEnglish = yaml.replace("""
				    name:
				      zh: 美妆护肤需审核
				      zh-Hant: 美妝保養需審核
				      en: Cosmetics are reviewed
				""", """
				    name:
				      en: Cosmetics are checked
				""");
		assertThat(RuleSetFormat.fromYaml(onlyEnglish, 1).names().get("cosmetics-reviewed"))
			.isEqualTo(new RuleName(null, null, "Cosmetics are checked"));
		String empty = onlyEnglish.replace("      en: Cosmetics are checked\n", "      en: \" \"\n");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(empty, 1))
			.satisfies((ex) -> {
				assertThat(ex.field()).hasValueSatisfying((field) -> assertThat(field).endsWith(".name"));
				assertThat(ex.line()).hasValue(lineHolding(empty, "id: cosmetics-reviewed") + 1);
			});
	}

	@Test
	void givesVipShoppersAHigherAutoApprovalLimit() {
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "apparel", "899", 2, 0, "REGULAR")).outcome())
			.isEqualTo(Outcome.REVIEW);
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "apparel", "899", 2, 0, "VIP")).outcome())
			.isEqualTo(Outcome.APPROVE);
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "apparel", "2500", 2, 0, "VIP")).outcome())
			.isEqualTo(Outcome.REVIEW);
	}

	@Test
	void letsTheShopperKeepAnItemWorthLessThanTheReturnShipping() {
		Decision decision = decide(request(ReturnReason.DAMAGED_IN_TRANSIT, "home", "9.90", 1, 1, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(decision.keepItem()).isTrue();
		assertThat(decision.reason().en()).contains("keep it");
	}

	@Test
	void refundsAtPickupOnlyWhatItApprovesAndOnlyUpToItsLimit() {
		Decision cheap = decide(request(ReturnReason.CHANGED_MIND, "apparel", "150", 2, 0, null));
		assertThat(cheap.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(cheap.refundAtPickup()).isTrue();
		assertThat(cheap.reason()).as("it changes how, not whether").isEqualTo(this.defaults.approvedReason());
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "apparel", "299", 2, 0, null)).refundAtPickup()).isFalse();
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "apparel", "299", 2, 0, "VIP")).refundAtPickup()).isTrue();
		assertThat(decide(request(ReturnReason.CHANGED_MIND, "cosmetics", "150", 2, 0, null)).refundAtPickup())
			.as("not for a case under review")
			.isFalse();
	}

	@Test
	void doesNotLetAKeepItemRuleOverrideARejection() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "custom-made", "9.90", 1, 0, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(decision.keepItem()).isFalse();
		assertThat(decision.firedRules()).containsExactly("statutory-exclusions", "keep-cheap-items");
	}

	@Test
	void exchangesOnlyWhatIsInStock() {
		HypotheticalRequest inStock = new HypotheticalRequest(CaseKind.EXCHANGE, ReturnReason.WRONG_SIZE, "apparel",
				null, new BigDecimal("299"), 1, 5, 2, 0, null, null, 0, 3);
		HypotheticalRequest soldOut = new HypotheticalRequest(CaseKind.EXCHANGE, ReturnReason.WRONG_SIZE, "apparel",
				null, new BigDecimal("299"), 1, 5, 2, 0, null, null, 0, 0);
		assertThat(decide(inStock).outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(decide(soldOut).firedRules()).containsExactly("exchange-needs-stock");
		assertThat(decide(soldOut).outcome()).isEqualTo(Outcome.REJECT);
	}

	@Test
	void reviewsFrequentReturners() {
		HypotheticalRequest frequent = new HypotheticalRequest(CaseKind.RETURN, ReturnReason.CHANGED_MIND, "apparel",
				null, new BigDecimal("99"), 1, 5, 2, 0, null, null, 6, null);
		assertThat(decide(frequent).firedRules()).containsExactly("frequent-returns");
		assertThat(decide(frequent).outcome()).isEqualTo(Outcome.REVIEW);
	}

	@Test
	void refusesAnOrderThatIsNotDeliveredYet() {
		Decision decision = decide(request(ReturnReason.CHANGED_MIND, "apparel", "299", null, 0, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(decision.firedRules()).containsExactly("delivered-orders-only");
	}

	@Test
	void writesAndReadsTheSameRulesInYamlAndJson() {
		assertThat(RuleSetFormat.fromJson(RuleSetFormat.toJson(this.defaults), 0)).isEqualTo(this.defaults);
		assertThat(RuleSetFormat.fromYaml(RuleSetFormat.toYaml(this.defaults), 0)).isEqualTo(this.defaults);
	}

	@Test
	void refusesAMistypedKeyNamingWhereItIs() {
		String yaml = RuleSets.defaultYaml().replace("tier-limits:", "tier-limit:");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(yaml, 1))
			.withMessageContaining("rules[7]")
			.withMessageContaining("tier-limit");
		String missing = RuleSets.defaultYaml().replace("max-amount: 500", "max-amout: 500");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(missing, 1))
			.withMessageContaining("At rules[7]: max-amount is required");
	}

	@Test
	void refusesInvalidRulesWithTheirReason() {
		assertThatExceptionOfType(InvalidRuleSet.class)
			.isThrownBy(() -> RuleSetFormat.fromYaml(RuleSets.defaultYaml().replace("days: 7", "days: -7"), 1))
			.withMessageContaining("days must be between 0 and 3650");
		assertThatExceptionOfType(InvalidRuleSet.class)
			.isThrownBy(() -> RuleSetFormat
				.fromYaml(RuleSets.defaultYaml().replace("id: quality-15-days", "id: no-reason-7-days"), 1))
			.withMessageContaining("used twice");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml("rules: [", 1))
			.withMessageContaining("Malformed");
		assertThatExceptionOfType(InvalidRuleSet.class)
			.isThrownBy(() -> RuleSetFormat
				.fromYaml("approved-reason: {zh: 好, en: ok}\nrules:\n  - kind: teleport\n    id: x\n", 1))
			.withMessageContaining("teleport");
	}

	@Test
	void saysOnWhichLineAndAtWhichFieldAMistakeIs() {
		String defaults = RuleSets.defaultYaml();
		String typo = defaults.replace("tier-limits:", "tier-limit:");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(typo, 1))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(InvalidRuleSet.Kind.UNKNOWN_KEY);
				assertThat(ex.line()).hasValue(lineHolding(typo, "tier-limit:"));
				assertThat(ex.field()).hasValue("rules[7]");
				assertThat(ex.key()).hasValue("tier-limit");
				assertThat(ex.getMessage()).contains("there is no key \"tier-limit\" here").contains("tier-limits");
			});
		String words = defaults.replace("days: 7\n", "days: seven\n");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(words, 1))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(InvalidRuleSet.Kind.WRONG_VALUE);
				assertThat(ex.line()).hasValue(lineHolding(words, "days: seven"));
				assertThat(ex.field()).hasValue("rules[1].days");
				assertThat(ex.getMessage()).contains("\"seven\" is not a whole number");
			});
		String negative = defaults.replace("days: 7\n", "days: -7\n");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(negative, 1))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(InvalidRuleSet.Kind.INVALID_RULE);
				assertThat(ex.line()).hasValue(lineHolding(negative, "days: -7"));
				assertThat(ex.field()).hasValue("rules[1].days");
			});
		String twice = defaults.replace("id: quality-15-days", "id: no-reason-7-days");
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(twice, 1))
			.satisfies((ex) -> assertThat(ex.line()).hasValue(lineHolding(defaults, "id: quality-15-days")));
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml("rules:\n  - [", 1))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(InvalidRuleSet.Kind.SYNTAX);
				assertThat(ex.line()).isPresent();
				assertThat(ex.getMessage()).startsWith("Malformed document at line").doesNotContain("in 'reader'");
			});
		assertThatExceptionOfType(InvalidRuleSet.class).isThrownBy(() -> RuleSetFormat.fromYaml(" ", 1))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(InvalidRuleSet.Kind.EMPTY);
				assertThat(ex.line()).isEmpty();
			});
	}

	private static int lineHolding(String text, String holding) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(holding)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line holds " + holding);
	}

}
