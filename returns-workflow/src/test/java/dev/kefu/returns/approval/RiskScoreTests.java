package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.workflow.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The return risk score: what adds to it, that it reads in words, and that the default
 * rules send a high score to a person and never refuse for it.
 */
class RiskScoreTests {

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private final RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);

	private static ReturnFacts facts(ReturnReason reason, String price, int deliveredDaysAgo, int recentReturns,
			EvidenceFacts evidence, ShopperHistory history) {
		ReturnFacts base = new HypotheticalRequest(CaseKind.RETURN, reason, "apparel", null, new BigDecimal(price), 1,
				deliveredDaysAgo + 1, deliveredDaysAgo, evidence.photos(), null, "REGULAR", recentReturns, null)
			.toFacts(NOW, ZoneId.of("Asia/Shanghai"));
		return new ReturnFacts(base.kind(), base.reason(), base.order(), base.line(), base.quantity(), evidence,
				base.membershipTier(), (history != null) ? history : base.history(), base.replacementInStock(),
				base.now(), base.zone());
	}

	@Test
	void scoresNothingForAnOrdinaryReturn() {
		ReturnRisk risk = facts(ReturnReason.CHANGED_MIND, "199", 3, 0, EvidenceFacts.NONE, null).risk();
		assertThat(risk.score()).isZero();
		assertThat(risk.signals()).isEmpty();
		assertThat(risk.level()).isEqualTo(ReturnRisk.Level.LOW);
	}

	@Test
	void addsAReusedPhotoAndOneTakenBeforeTheDeliveryIntoAHighScoreWithReasonsInWords() {
		EvidenceFacts evidence = new EvidenceFacts(1, 1, 0, Set.of(), Set.of(MetadataFact.CAPTURED_BEFORE_DELIVERY));
		ReturnRisk risk = facts(ReturnReason.QUALITY_ISSUE, "299", 2, 0, evidence, null).risk();
		assertThat(risk.score()).isEqualTo(65);
		assertThat(risk.level()).isEqualTo(ReturnRisk.Level.HIGH);
		assertThat(risk.signals()).extracting(RiskSignal::kind)
			.containsExactly(RiskSignal.Kind.REUSED_PHOTOS, RiskSignal.Kind.PHOTO_TAKEN_BEFORE_DELIVERY);
		assertThat(risk.signals().get(0).reason().zh()).contains("照片");
		assertThat(risk.signals().get(0).reason().en()).contains("photo");
	}

	@Test
	void countsOnlyReturnsBeyondTheSecondInThirtyDays() {
		assertThat(facts(ReturnReason.CHANGED_MIND, "199", 3, 2, EvidenceFacts.NONE, null).risk().score()).isZero();
		ReturnRisk four = facts(ReturnReason.CHANGED_MIND, "199", 3, 4, EvidenceFacts.NONE, null).risk();
		assertThat(four.score()).isEqualTo(20);
		assertThat(four.signals().get(0).reason().en()).contains("4 earlier");
		assertThat(facts(ReturnReason.CHANGED_MIND, "199", 3, 12, EvidenceFacts.NONE, null).risk().score())
			.isEqualTo(RiskScore.MOST_FOR_RECENT_RETURNS);
	}

	@Test
	void weighsEarlierParcelClaimsOnlyWhenThisIsOneToo() {
		ShopperHistory.Dated earlier = new ShopperHistory.Dated(NOW.minus(Duration.ofDays(40)), new BigDecimal("99"));
		ShopperHistory claims = new ShopperHistory(List.of(earlier, earlier), List.of(), List.of(earlier, earlier));
		assertThat(facts(ReturnReason.DAMAGED_IN_TRANSIT, "199", 1, 0, EvidenceFacts.fresh(1), claims).risk().signals())
			.extracting(RiskSignal::kind, RiskSignal::points)
			.containsExactly(tuple(RiskSignal.Kind.REPEATED_PARCEL_CLAIMS, 30));
		assertThat(facts(ReturnReason.WRONG_SIZE, "199", 1, 0, EvidenceFacts.NONE, claims).risk().score()).isZero();
	}

	@Test
	void flagsAHighValueFaultClaimedOnTheDayOfDelivery() {
		ReturnRisk sameDay = facts(ReturnReason.QUALITY_ISSUE, "1299", 0, 0, EvidenceFacts.fresh(1), null).risk();
		assertThat(sameDay.signals()).extracting(RiskSignal::kind)
			.containsExactly(RiskSignal.Kind.HIGH_VALUE_RIGHT_AFTER_DELIVERY);
		assertThat(sameDay.signals().get(0).reason().en()).contains("1299 CNY");
		assertThat(facts(ReturnReason.QUALITY_ISSUE, "1299", 3, 0, EvidenceFacts.fresh(1), null).risk().score())
			.isZero();
		assertThat(facts(ReturnReason.CHANGED_MIND, "1299", 0, 0, EvidenceFacts.NONE, null).risk().score()).isZero();
	}

	@Test
	void sendsAHighScoreToAPersonUnderTheDefaultRulesAndKeepsItOnTheDecision() {
		EvidenceFacts evidence = new EvidenceFacts(1, 1, 0, Set.of(), Set.of(MetadataFact.CAPTURED_BEFORE_DELIVERY));
		Decision decision = this.defaults.evaluate(facts(ReturnReason.QUALITY_ISSUE, "299", 2, 0, evidence, null));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).contains("high-return-risk");
		assertThat(decision.risk().score()).isEqualTo(65);
		Decision low = this.defaults.evaluate(facts(ReturnReason.CHANGED_MIND, "199", 3, 0, EvidenceFacts.NONE, null));
		assertThat(low.firedRules()).doesNotContain("high-return-risk");
		assertThat(low.risk()).isEqualTo(ReturnRisk.NONE);
	}

	@Test
	void refusesARiskRuleThatWouldReject() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskScoreRule("risky", 60, Outcome.REJECT, new LocalizedText("否", "no")))
			.withMessageContaining("never rejects");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskScoreRule("risky", 0, Outcome.REVIEW, new LocalizedText("否", "no")));
	}

}
