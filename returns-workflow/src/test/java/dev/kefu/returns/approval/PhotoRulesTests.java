package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.VisionFinding.ShowsProduct;
import dev.kefu.returns.evidence.VisionFinding.VisibleProblem;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;
import dev.kefu.returns.workflow.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The default rules with what the photo checks and the vision model found: findings are
 * facts that send a request to a person or let more be approved, never a refusal.
 */
class PhotoRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private final RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);

	private Decision decide(ReturnReason reason, String price, EvidenceFacts evidence) {
		ReturnFacts facts = new HypotheticalRequest(CaseKind.RETURN, reason, "apparel", null, new BigDecimal(price), 1,
				20, 2, evidence.photos(), null, "REGULAR", 0, null)
			.toFacts(NOW, ZoneId.of("Asia/Shanghai"));
		return this.defaults.evaluate(new ReturnFacts(facts.kind(), facts.reason(), facts.order(), facts.line(),
				facts.quantity(), evidence, facts.membershipTier(), facts.history(), facts.replacementInStock(),
				facts.now(), facts.zone()));
	}

	private static EvidenceFacts seen(VisionFinding... findings) {
		return new EvidenceFacts(1, 0, 0, Set.of(), Set.of(), List.of(findings));
	}

	@Test
	void doesNotCountAnUnusablePhotoSoTheClaimGoesToAPerson() {
		Decision decision = decide(ReturnReason.QUALITY_ISSUE, "299",
				new EvidenceFacts(0, 0, 1, Set.of(PhotoProblem.BLURRED), Set.of()));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("quality-claims-need-photos");
	}

	@Test
	void sendsAPhotoTakenBeforeTheDeliveryToAPersonAndSaysSo() {
		Decision decision = decide(ReturnReason.QUALITY_ISSUE, "299",
				new EvidenceFacts(1, 0, 0, Set.of(), Set.of(MetadataFact.CAPTURED_BEFORE_DELIVERY)));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("photo-metadata-facts");
		assertThat(decision.reason().en()).contains("taken before the delivery");
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "299",
				new EvidenceFacts(1, 0, 0, Set.of(), Set.of(MetadataFact.NO_CAMERA_METADATA)))
			.outcome()).isEqualTo(Outcome.APPROVE);
	}

	@Test
	void sendsAReusedPhotoToReview() {
		Decision decision = decide(ReturnReason.QUALITY_ISSUE, "299", new EvidenceFacts(1, 1, 0, Set.of(), Set.of()));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("photos-used-before");
	}

	@Test
	void sendsTheShopsOwnListingPhotoToReviewAndNeverRejectsForIt() {
		Decision decision = decide(ReturnReason.CHANGED_MIND, "99",
				new EvidenceFacts(0, 0, 0, Set.of(), Set.of(), List.of(), 1));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("listing-photo-sent-back");
		assertThat(decision.reason().zh()).contains("商品页上的图片");
		assertThat(decision.risk().signals()).extracting(RiskSignal::kind)
			.containsExactly(RiskSignal.Kind.LISTING_PHOTO);
		assertThat(decision.risk().score()).isEqualTo(40);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ListingPhotoRule("listing", Outcome.REJECT, new LocalizedText("不行", "No")));
	}

	@Test
	void doublesTheValueLimitWhenThePhotoClearlyShowsTheClaimedProblem() {
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "899", EvidenceFacts.fresh(1)).firedRules())
			.containsExactly("auto-approve-up-to-500");
		Decision shown = decide(ReturnReason.QUALITY_ISSUE, "899",
				seen(new VisionFinding(ShowsProduct.YES, VisibleProblem.TEAR, 0.9)));
		assertThat(shown.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "1001",
				seen(new VisionFinding(ShowsProduct.YES, VisibleProblem.TEAR, 0.9)))
			.firedRules()).containsExactly("auto-approve-up-to-500");
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "899",
				seen(new VisionFinding(ShowsProduct.YES, VisibleProblem.TEAR, 0.5)))
			.outcome()).as("not confident enough").isEqualTo(Outcome.REVIEW);
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "899",
				seen(new VisionFinding(ShowsProduct.YES, VisibleProblem.WRONG_ITEM, 0.95)))
			.outcome()).as("a problem that is not the one claimed").isEqualTo(Outcome.REVIEW);
	}

	@Test
	void sendsAPhotoWithNoProductVisibleToReviewNeverRejecting() {
		Decision decision = decide(ReturnReason.QUALITY_ISSUE, "99",
				seen(new VisionFinding(ShowsProduct.NO, VisibleProblem.NONE, 0.9)));
		assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(decision.firedRules()).containsExactly("photo-shows-no-product");
		assertThat(decide(ReturnReason.QUALITY_ISSUE, "99",
				seen(new VisionFinding(ShowsProduct.UNSURE, VisibleProblem.NONE, 0.9)))
			.outcome()).isEqualTo(Outcome.APPROVE);
	}

	@Test
	void refusesPhotoRulesThatWouldRejectARequest() {
		LocalizedText reason = new LocalizedText("照片", "Photo");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(
				() -> new PhotoQualityRule("x", Set.of(PhotoProblem.BLURRED), Set.of(), Outcome.REJECT, reason));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new PhotoFindingRule("y", 0.8, Outcome.REJECT, reason));
	}

}
