package dev.kefu.returns.cases;

/**
 * Why the shopper sends the item back. Rules key on it: some reasons need photos, some
 * have a longer window.
 */
public enum ReturnReason {

	/** No reason needed (七天无理由). */
	CHANGED_MIND,

	/** Fits badly. */
	WRONG_SIZE,

	/** Not like the pictures or the description. */
	NOT_AS_DESCRIBED,

	/** Faulty: stitching, stains, does not work. */
	QUALITY_ISSUE,

	/** Broken or crushed on the way. */
	DAMAGED_IN_TRANSIT,

	/** Not what was ordered. */
	WRONG_ITEM;

	/**
	 * Whether the shop is at fault, which is what quality rules and the return shipping
	 * cost depend on.
	 * @return {@code true} for quality, damage and wrong-item claims
	 */
	public boolean isShopsFault() {
		return this == QUALITY_ISSUE || this == DAMAGED_IN_TRANSIT || this == WRONG_ITEM || this == NOT_AS_DESCRIBED;
	}

	/**
	 * Whether the claim is about the parcel as it arrived (damaged on the way, the wrong
	 * item inside), the kind of claim that cannot be checked once the box is gone.
	 * @return {@code true} for damage and wrong-item claims
	 */
	public boolean isParcelClaim() {
		return this == DAMAGED_IN_TRANSIT || this == WRONG_ITEM;
	}

}
