package dev.kefu.returns.evidence;

import java.util.Objects;

import dev.kefu.returns.cases.ReturnReason;

/**
 * What a vision model says one photo shows, for the order line it was sent with. A
 * finding never decides anything: it is a fact the rules may use.
 *
 * @param showsProduct whether the ordered product is in the photo
 * @param problem the problem visible on it
 * @param confidence the model's confidence, 0 to 1
 */
public record VisionFinding(ShowsProduct showsProduct, VisibleProblem problem, double confidence) {

	public VisionFinding {
		Objects.requireNonNull(showsProduct, "showsProduct");
		Objects.requireNonNull(problem, "problem");
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("confidence must be between 0 and 1");
		}
	}

	/**
	 * Whether the problem seen is the kind the shopper claims.
	 * @param reason the claim
	 * @return {@code true} when the product is shown and its problem fits the claim
	 */
	public boolean matches(ReturnReason reason) {
		if (this.showsProduct != ShowsProduct.YES) {
			return false;
		}
		return switch (reason) {
			case QUALITY_ISSUE, NOT_AS_DESCRIBED ->
				this.problem == VisibleProblem.STAIN || this.problem == VisibleProblem.TEAR
						|| this.problem == VisibleProblem.BROKEN || this.problem == VisibleProblem.MISSING_PART;
			case DAMAGED_IN_TRANSIT -> this.problem == VisibleProblem.BROKEN || this.problem == VisibleProblem.TEAR
					|| this.problem == VisibleProblem.MISSING_PART;
			case WRONG_ITEM -> this.problem == VisibleProblem.WRONG_ITEM;
			case WRONG_SIZE -> this.problem == VisibleProblem.WRONG_LABEL;
			case CHANGED_MIND -> false;
		};
	}

	/** Whether the ordered product is in the photo. */
	public enum ShowsProduct {

		/** It is. */
		YES,

		/** It is not (another object, a screenshot, an empty table). */
		NO,

		/** The model cannot tell. */
		UNSURE

	}

	/** A problem a photo can show. */
	public enum VisibleProblem {

		/** A stain or discolouring. */
		STAIN,

		/** A tear, a hole or a split seam. */
		TEAR,

		/** Broken, cracked or dented. */
		BROKEN,

		/** A part or accessory missing. */
		MISSING_PART,

		/** Not the product ordered. */
		WRONG_ITEM,

		/** A colour or size label other than the one ordered. */
		WRONG_LABEL,

		/** Nothing wrong is visible. */
		NONE

	}

}
