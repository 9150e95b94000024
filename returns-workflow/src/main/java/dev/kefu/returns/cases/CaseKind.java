package dev.kefu.returns.cases;

/**
 * What the shopper wants in exchange for the item.
 */
public enum CaseKind {

	/** Their money back. */
	RETURN,

	/** Another variant of the same product (size, colour); a refund if none is left. */
	EXCHANGE

}
