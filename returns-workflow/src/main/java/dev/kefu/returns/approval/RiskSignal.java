package dev.kefu.returns.approval;

import java.util.Objects;

/**
 * One thing that raised a request's risk score.
 *
 * @param kind what it is
 * @param points how much it adds
 * @param reason what the agent reads, with the figures that made it stand out
 */
public record RiskSignal(Kind kind, int points, LocalizedText reason) {

	public RiskSignal {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
		if (points < 1 || points > ReturnRisk.MAX) {
			throw new IllegalArgumentException("points must be 1 to " + ReturnRisk.MAX);
		}
	}

	/** The kinds of signal. */
	public enum Kind {

		/** A photo is evidence on another case, or a copy of one sent elsewhere. */
		REUSED_PHOTOS,

		/** A photo is the shop's own listing photo of the product. */
		LISTING_PHOTO,

		/** The vision model saw no product in the photos. */
		NO_PRODUCT_IN_PHOTO,

		/** A photo was taken before the parcel arrived. */
		PHOTO_TAKEN_BEFORE_DELIVERY,

		/** A photo was saved by editing software. */
		PHOTO_EDITED,

		/** Many returns in the last weeks. */
		MANY_RECENT_RETURNS,

		/** Earlier claims that a parcel came damaged or held the wrong item. */
		REPEATED_PARCEL_CLAIMS,

		/** A high value claimed within hours of delivery. */
		HIGH_VALUE_RIGHT_AFTER_DELIVERY

	}

}
