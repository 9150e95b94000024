package dev.kefu.returns.law;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.HypotheticalRequest;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnWindow;
import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.workflow.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LegalFloorTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LegalProfile CN = LegalProfile.of("CN");

	/** Kefu's rules before the floor: underwear refused outright. */
	private static final String UNDERWEAR_REFUSED = """
			approved-reason: {zh: 已通过。, en: Approved.}
			rules:
			  - kind: category
			    id: hygiene-excluded
			    categories: [underwear, custom-made]
			    except-reasons: [QUALITY_ISSUE]
			    outcome: REJECT
			    reason: {zh: 贴身衣物不退。, en: Underwear is not returnable.}
			""";

	private static RuleSet rules(String yaml) {
		return RuleSetFormat.fromYaml(yaml, 1);
	}

	private static RuleSet oneRule(String rule) {
		return rules("approved-reason: {zh: 已通过。, en: Approved.}\nrules:\n" + rule.indent(2));
	}

	/** A rule refusing what is asked for more than {@code days} days after sign-off. */
	private static RuleSet windowRule(int days) {
		return oneRule("""
				- kind: return-window
				  id: window-%d
				  days: %d
				  outcome: REJECT
				  reason: {zh: 超过 %d 天。, en: Past %d days.}
				""".formatted(days, days, days, days));
	}

	private static HypotheticalRequest signedAndAsked(String category, String signed, String asked, ZoneId zone,
			boolean confirmed, ItemCondition condition) {
		OffsetDateTime signedAt = LocalDateTime.parse(signed).atZone(zone).toOffsetDateTime();
		OffsetDateTime askedAt = LocalDateTime.parse(asked).atZone(zone).toOffsetDateTime();
		return new HypotheticalRequest(CaseKind.RETURN, ReturnReason.CHANGED_MIND, category, null, new BigDecimal("99"),
				1, 0, null, 0, null, null, 0, null, signedAt.minusDays(2), signedAt, askedAt, confirmed, condition);
	}

	private static ReturnFacts facts(HypotheticalRequest request, ZoneId zone) {
		return request.toFacts(Instant.parse("2000-01-01T00:00:00Z"), zone);
	}

	@Test
	void countsTheWindowFromTheDayAfterASignOffAt2359AcrossALeapDay() {
		// SAMR Art. 10: signed at 23:59 on 28 Feb 2028; day 1 is the leap day.
		Instant signed = LocalDateTime.parse("2028-02-28T23:59").atZone(SHANGHAI).toInstant();
		ReturnWindow window = new ReturnWindow(signed, 7, SHANGHAI);
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2028, 3, 6));
		assertThat(window.isOpen(LocalDateTime.parse("2028-03-06T23:59:59").atZone(SHANGHAI).toInstant())).isTrue();
		assertThat(window.isOpen(LocalDateTime.parse("2028-03-07T00:00").atZone(SHANGHAI).toInstant())).isFalse();
	}

	@Test
	void countsTheWindowInTheShopsTimeZone() {
		// 16:30 UTC is already the leap day in Shanghai, still the 28th in Berlin.
		Instant signed = Instant.parse("2028-02-28T16:30:00Z");
		assertThat(new ReturnWindow(signed, 7, SHANGHAI).lastDay()).isEqualTo(LocalDate.of(2028, 3, 7));
		assertThat(new ReturnWindow(signed, 7, BERLIN).lastDay()).isEqualTo(LocalDate.of(2028, 3, 6));
		Instant asked = Instant.parse("2028-03-07T16:30:00Z");
		assertThat(CN.protection(facts(requestAt(signed, asked, SHANGHAI), SHANGHAI), asked, null)).isEmpty();
		assertThat(CN.protection(facts(requestAt(signed, asked, BERLIN), BERLIN), asked, null)).isEmpty();
		Instant earlier = Instant.parse("2028-03-06T22:30:00Z");
		assertThat(CN.protection(facts(requestAt(signed, earlier, SHANGHAI), SHANGHAI), earlier, null)).isPresent();
		assertThat(CN.protection(facts(requestAt(signed, earlier, BERLIN), BERLIN), earlier, null))
			.as("23:30 on 6 March in Berlin is inside a window that ends with the 6th")
			.isPresent();
		Instant later = Instant.parse("2028-03-06T23:30:00Z");
		assertThat(CN.protection(facts(requestAt(signed, later, BERLIN), BERLIN), later, null))
			.as("00:30 on 7 March in Berlin")
			.isEmpty();
		assertThat(CN.protection(facts(requestAt(signed, later, SHANGHAI), SHANGHAI), later, null))
			.as("07:30 on 7 March in Shanghai, its last day")
			.isPresent();
	}

	private static HypotheticalRequest requestAt(Instant signed, Instant asked, ZoneId zone) {
		return new HypotheticalRequest(CaseKind.RETURN, ReturnReason.WRONG_SIZE, "apparel", null, new BigDecimal("99"),
				1, 0, null, 0, null, null, 0, null, null, signed.atZone(zone).toOffsetDateTime(),
				asked.atZone(zone).toOffsetDateTime(), false, null);
	}

	@Test
	void letsKefusBuiltInRulesPassTheFloor() {
		RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);
		assertThat(LegalFloor.check(CN, defaults, SHANGHAI)).isEmpty();
		assertThat(LegalFloor.check(CN, defaults, BERLIN)).isEmpty();
	}

	@Test
	void refusesUnderwearRefusedOutrightNamingArticles7And20() {
		List<FloorBreach> breaches = LegalFloor.check(CN, rules(UNDERWEAR_REFUSED), SHANGHAI);
		assertThat(breaches).extracting(FloorBreach::ruleId).containsExactly("hygiene-excluded");
		assertThat(breaches.get(0).articles()).contains(Article.SAMR_7, Article.SAMR_20);
		assertThat(breaches.get(0).message().zh()).contains("第七条").contains("“underwear”");
		assertThat(breaches.get(0).message().en()).contains("Art. 7").contains("hygiene-excluded");
		assertThatExceptionOfType(RulesBelowLegalFloor.class)
			.isThrownBy(() -> LegalFloor.require(CN, rules(UNDERWEAR_REFUSED), SHANGHAI))
			.satisfies((ex) -> assertThat(ex.profile()).isEqualTo("CN"));
	}

	@Test
	void acceptsRefusingUnderwearOnlyWhenConfirmedAtPurchaseAndCustomMadeOutright() {
		RuleSet lawful = oneRule("""
				- kind: category
				  id: hygiene-confirmed
				  categories: [underwear]
				  only-if-confirmed-at-purchase: true
				  outcome: REJECT
				  reason: {zh: 已确认不退。, en: Confirmed not returnable.}
				- kind: category
				  id: custom
				  categories: [custom-made, fresh-food]
				  outcome: REJECT
				  reason: {zh: 定制不退。, en: Custom-made is not returnable.}
				""");
		assertThat(LegalFloor.check(CN, lawful, SHANGHAI)).isEmpty();
	}

	@Test
	void refusesAConfirmationRuleOnGoodsTheLawDoesNotLetAShopExclude() {
		// SAMR Art. 30: a confirmation on a dress does not make it excluded.
		RuleSet widened = oneRule("""
				- kind: category
				  id: dresses-confirmed
				  categories: [apparel]
				  only-if-confirmed-at-purchase: true
				  outcome: REJECT
				  reason: {zh: 已确认不退。, en: Confirmed not returnable.}
				""");
		List<FloorBreach> breaches = LegalFloor.check(CN, widened, SHANGHAI);
		assertThat(breaches).singleElement()
			.satisfies((b) -> assertThat(b.articles()).contains(Article.SAMR_6, Article.SAMR_30));
	}

	@Test
	void refusesAWindowShorterThanSevenDaysNamingArticle10() {
		RuleSet fiveDays = windowRule(5);
		assertThat(LegalFloor.check(CN, fiveDays, SHANGHAI)).singleElement()
			.satisfies((b) -> assertThat(b.articles()).contains(Article.SAMR_10, Article.CPL_25));
		RuleSet sevenDays = windowRule(7);
		assertThat(LegalFloor.check(CN, sevenDays, SHANGHAI)).isEmpty();
		RuleSet sixDays = windowRule(6);
		assertThat(LegalFloor.check(CN, sixDays, SHANGHAI)).as("one day short, found at the window's last second")
			.isNotEmpty();
	}

	@Test
	void refusesAnyOtherRuleKindThatRejectsButNotOneThatReviews() {
		RuleSet rejecting = oneRule("""
				- kind: value-limit
				  id: no-dear-returns
				  max-amount: 1000
				  outcome: REJECT
				  reason: {zh: 金额过高。, en: Too dear.}
				- kind: shopper-history
				  id: no-frequent-returners
				  days: 30
				  max-returns: 5
				  outcome: REJECT
				  reason: {zh: 退货太多。, en: Too many returns.}
				""");
		assertThat(LegalFloor.check(CN, rejecting, SHANGHAI)).extracting(FloorBreach::ruleId)
			.containsExactlyInAnyOrder("no-dear-returns", "no-frequent-returners");
		RuleSet reviewing = rules(UNDERWEAR_REFUSED.replace("outcome: REJECT", "outcome: REVIEW"));
		assertThat(LegalFloor.check(CN, reviewing, SHANGHAI)).as("sending to a person is not below the floor")
			.isEmpty();
	}

	@Test
	void writesTheConfirmationFlagOnlyWhereItIsSet() {
		RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);
		String yaml = RuleSetFormat.toYaml(defaults);
		assertThat(yaml.split("only-if-confirmed-at-purchase", -1)).hasSize(2);
		assertThat(RuleSetFormat.fromYaml(yaml, 0)).isEqualTo(defaults);
	}

	@Test
	void hasNoFloorUnderTheNoneProfile() {
		assertThat(LegalFloor.check(LegalProfile.of("NONE"), rules(UNDERWEAR_REFUSED), SHANGHAI)).isEmpty();
		assertThat(LegalProfile.of("none").code()).isEqualTo("NONE");
		assertThat(LegalProfile.of(null).code()).as("mainland China is the default").isEqualTo("CN");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> LegalProfile.of("MARS"));
	}

	@Test
	void givesFourteenDaysUnderTheEuProfile() {
		LegalProfile eu = LegalProfile.of("EU");
		RuleSet sevenDays = windowRule(7);
		assertThat(LegalFloor.check(eu, sevenDays, BERLIN)).extracting(FloorBreach::ruleId).containsExactly("window-7");
		HypotheticalRequest dayTen = signedAndAsked("apparel", "2028-02-28T23:59", "2028-03-09T12:00", BERLIN, false,
				null);
		Instant asked = dayTen.askedAt(Instant.EPOCH);
		assertThat(eu.protection(facts(dayTen, BERLIN), asked, null)).isPresent();
		assertThat(CN.protection(facts(dayTen, BERLIN), asked, null)).isEmpty();
	}

	@Test
	void turnsARefusalOfUnconfirmedUnderwearIntoAReviewThatSaysWhy() {
		RuleSet old = rules(UNDERWEAR_REFUSED);
		HypotheticalRequest unconfirmed = signedAndAsked("underwear", "2028-02-28T23:59", "2028-03-06T23:59", SHANGHAI,
				false, null);
		ReturnFacts facts = facts(unconfirmed, SHANGHAI);
		Decision decided = LegalFloor.apply(CN, old.evaluate(facts), facts, unconfirmed.askedAt(Instant.EPOCH), null);
		assertThat(decided.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decided.firedRules()).containsExactly("hygiene-excluded", LegalFloor.FINDING_ID);
		assertThat(decided.reason().zh()).contains("第七条");
		assertThat(decided.reason().en()).contains("Arts. 7 and 20");

		HypotheticalRequest confirmed = signedAndAsked("underwear", "2028-02-28T23:59", "2028-03-06T23:59", SHANGHAI,
				true, null);
		ReturnFacts confirmedFacts = facts(confirmed, SHANGHAI);
		assertThat(LegalFloor
			.apply(CN, old.evaluate(confirmedFacts), confirmedFacts, confirmed.askedAt(Instant.EPOCH), null)
			.outcome()).isEqualTo(Outcome.REJECT);
	}

	@Test
	void keepsRefusalsOfStatutoryExclusionsAndOfReturnsAskedForAfterTheWindow() {
		RuleSet old = rules(UNDERWEAR_REFUSED);
		HypotheticalRequest custom = signedAndAsked("custom-made", "2028-02-28T23:59", "2028-03-01T10:00", SHANGHAI,
				false, null);
		ReturnFacts customFacts = facts(custom, SHANGHAI);
		assertThat(LegalFloor.apply(CN, old.evaluate(customFacts), customFacts, custom.askedAt(Instant.EPOCH), null)
			.outcome()).isEqualTo(Outcome.REJECT);
		HypotheticalRequest late = signedAndAsked("underwear", "2028-02-28T23:59", "2028-03-07T00:00", SHANGHAI, false,
				null);
		ReturnFacts lateFacts = facts(late, SHANGHAI);
		assertThat(
				LegalFloor.apply(CN, old.evaluate(lateFacts), lateFacts, late.askedAt(Instant.EPOCH), null).outcome())
			.isEqualTo(Outcome.REJECT);
	}

	@Test
	void countsFromWhenTheShopperAskedNotWhenTheRulesRan() {
		RuleSet sevenDays = windowRule(7);
		// Asked on the last day; the order system was down and the rules ran two days on.
		HypotheticalRequest ranLate = signedAndAsked("apparel", "2028-02-28T23:59", "2028-03-08T09:00", SHANGHAI, false,
				null);
		ReturnFacts facts = facts(ranLate, SHANGHAI);
		Decision byRules = sevenDays.evaluate(facts);
		assertThat(byRules.outcome()).isEqualTo(Outcome.REJECT);
		Instant askedAt = LocalDateTime.parse("2028-03-06T20:00").atZone(SHANGHAI).toInstant();
		assertThat(LegalFloor.apply(CN, byRules, facts, askedAt, null).outcome()).isEqualTo(Outcome.REVIEW);
	}

	@Test
	void treatsOpeningToInspectAsIntactButNotABrokenSealOnCosmeticsOrRemovedTags() {
		// SAMR Art. 8(3) and 9(1), 9(3).
		assertThat(CN.notIntact("cosmetics", ItemCondition.OPENED_TO_INSPECT)).isEmpty();
		assertThat(CN.notIntact("cosmetics", new ItemCondition(true, true, false, false, false)))
			.hasValueSatisfying((p) -> assertThat(p.articles()).contains(Article.SAMR_9));
		assertThat(CN.notIntact("apparel", new ItemCondition(false, false, true, false, false))).isPresent();
		assertThat(CN.notIntact("apparel", new ItemCondition(false, true, false, false, false)))
			.as("apparel has no one-time seal in Art. 9")
			.isEmpty();
		assertThat(CN.notIntact("electronics", new ItemCondition(true, false, false, false, true))).isPresent();
		RuleSet old = rules(UNDERWEAR_REFUSED.replace("[underwear, custom-made]", "[cosmetics]"));
		HypotheticalRequest opened = signedAndAsked("cosmetics", "2028-02-28T23:59", "2028-03-02T10:00", SHANGHAI,
				false, ItemCondition.OPENED_TO_INSPECT);
		ReturnFacts facts = facts(opened, SHANGHAI);
		Instant asked = opened.askedAt(Instant.EPOCH);
		assertThat(LegalFloor.apply(CN, old.evaluate(facts), facts, asked, ItemCondition.OPENED_TO_INSPECT).outcome())
			.isEqualTo(Outcome.REVIEW);
		ItemCondition sealBroken = new ItemCondition(true, true, false, false, false);
		assertThat(LegalFloor.apply(CN, old.evaluate(facts), facts, asked, sealBroken).outcome())
			.isEqualTo(Outcome.REJECT);
	}

}
