package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kefu.returns.evidence.checks.MetadataFact;

/**
 * Scores a request's risk from its facts. The weights are fixed and few, so that an agent
 * can follow the sum: a reused photo weighs most (it is the one signal that is rarely
 * innocent), a photo's metadata least (apps strip and rewrite it). What the order system
 * does not give (addresses or phones shared across accounts) is not guessed at.
 */
final class RiskScore {

	static final int REUSED_PHOTOS = 40;

	/** As much as a reused photo: a listing photo is someone else's photo too. */
	static final int LISTING_PHOTO = 40;

	static final int NO_PRODUCT_IN_PHOTO = 30;

	static final int PHOTO_TAKEN_BEFORE_DELIVERY = 25;

	static final int PHOTO_EDITED = 10;

	/** Points per return in the last 30 days beyond the second. */
	static final int PER_RECENT_RETURN = 10;

	static final int RECENT_RETURNS_ALLOWED = 2;

	static final int MOST_FOR_RECENT_RETURNS = 30;

	/** Points per earlier parcel claim in the last 180 days, when this is one too. */
	static final int PER_PARCEL_CLAIM = 15;

	static final int MOST_FOR_PARCEL_CLAIMS = 30;

	static final int HIGH_VALUE_RIGHT_AFTER_DELIVERY = 20;

	/** A claim this large (in the order's currency) counts as high value. */
	static final BigDecimal HIGH_VALUE = new BigDecimal("1000");

	static final Duration RIGHT_AFTER_DELIVERY = Duration.ofHours(24);

	/** The vision model must be at least this sure the product is missing. */
	static final double VISION_CONFIDENCE = 0.7;

	private RiskScore() {
	}

	static ReturnRisk of(ReturnFacts facts) {
		List<RiskSignal> signals = new ArrayList<>();
		EvidenceFacts evidence = facts.evidence();
		if (evidence.reusedPhotos() > 0) {
			signals.add(new RiskSignal(RiskSignal.Kind.REUSED_PHOTOS, REUSED_PHOTOS,
					ReturnsWords.text("risk.reused-photos", String.valueOf(evidence.reusedPhotos()))));
		}
		if (evidence.listingPhotos() > 0) {
			signals.add(new RiskSignal(RiskSignal.Kind.LISTING_PHOTO, LISTING_PHOTO,
					ReturnsWords.text("risk.listing-photos", String.valueOf(evidence.listingPhotos()))));
		}
		if (evidence.noProductVisible(VISION_CONFIDENCE)) {
			signals.add(new RiskSignal(RiskSignal.Kind.NO_PRODUCT_IN_PHOTO, NO_PRODUCT_IN_PHOTO,
					ReturnsWords.text("risk.no-product-in-photo")));
		}
		if (evidence.metadata().contains(MetadataFact.CAPTURED_BEFORE_DELIVERY)) {
			signals.add(new RiskSignal(RiskSignal.Kind.PHOTO_TAKEN_BEFORE_DELIVERY, PHOTO_TAKEN_BEFORE_DELIVERY,
					ReturnsWords.text("risk.photo-before-delivery")));
		}
		if (evidence.metadata().contains(MetadataFact.EDITING_SOFTWARE)) {
			signals.add(
					new RiskSignal(RiskSignal.Kind.PHOTO_EDITED, PHOTO_EDITED, ReturnsWords.text("risk.photo-edited")));
		}
		Instant now = facts.now();
		long recent = facts.history().returnsSince(now.minus(Duration.ofDays(30)));
		if (recent > RECENT_RETURNS_ALLOWED) {
			int points = (int) Math.min(MOST_FOR_RECENT_RETURNS, (recent - RECENT_RETURNS_ALLOWED) * PER_RECENT_RETURN);
			signals.add(new RiskSignal(RiskSignal.Kind.MANY_RECENT_RETURNS, points,
					ReturnsWords.text("risk.recent-returns", String.valueOf(recent))));
		}
		long claims = facts.history().parcelClaimsSince(now.minus(Duration.ofDays(180)));
		if (facts.reason().isParcelClaim() && claims > 0) {
			int points = (int) Math.min(MOST_FOR_PARCEL_CLAIMS, claims * PER_PARCEL_CLAIM);
			signals.add(new RiskSignal(RiskSignal.Kind.REPEATED_PARCEL_CLAIMS, points,
					ReturnsWords.text("risk.parcel-claims", String.valueOf(claims))));
		}
		Instant delivered = facts.order().deliveredAt();
		if (delivered != null && facts.reason().isShopsFault() && facts.amount().compareTo(HIGH_VALUE) >= 0
				&& Duration.between(delivered, now).compareTo(RIGHT_AFTER_DELIVERY) <= 0) {
			String amount = facts.amount().stripTrailingZeros().toPlainString() + " " + facts.order().currency();
			signals.add(new RiskSignal(RiskSignal.Kind.HIGH_VALUE_RIGHT_AFTER_DELIVERY, HIGH_VALUE_RIGHT_AFTER_DELIVERY,
					ReturnsWords.text("risk.high-value-right-after-delivery", amount)));
		}
		signals.sort(Comparator.comparingInt(RiskSignal::points).reversed());
		int score = Math.min(ReturnRisk.MAX, signals.stream().mapToInt(RiskSignal::points).sum());
		return new ReturnRisk(score, signals);
	}

}
