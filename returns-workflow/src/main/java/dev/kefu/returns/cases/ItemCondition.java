package dev.kefu.returns.cases;

/**
 * The state of a returned item, as the shopper confirms it when asking and the warehouse
 * finds it on arrival: the facts from which the legal profile tells whether goods are
 * "intact" (SAMR 七日无理由退货暂行办法 Art. 8–9). Opening the packaging to look at the item, or
 * trying it as far as checking it needs, is recorded but never makes it non-intact (Art.
 * 8(3)).
 *
 * @param openedToInspect the packaging was opened to look at or try the item
 * @param sealBroken a one-time seal (food, cosmetics, medical goods) is broken
 * @param tagsRemoved brand labels or tags were removed or cut off
 * @param soiledOrDamaged the item is soiled, damaged or shows hard-to-undo signs of use
 * @param activatedOrModified an electronic item was activated, repaired, modified, or
 * holds personal data beyond a check
 */
public record ItemCondition(boolean openedToInspect, boolean sealBroken, boolean tagsRemoved, boolean soiledOrDamaged,
		boolean activatedOrModified) {

	/** As sold: nothing opened, nothing missing. */
	public static final ItemCondition AS_SOLD = new ItemCondition(false, false, false, false, false);

	/** Opened to look at it, otherwise as sold. */
	public static final ItemCondition OPENED_TO_INSPECT = new ItemCondition(true, false, false, false, false);

}
