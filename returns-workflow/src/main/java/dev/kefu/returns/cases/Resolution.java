package dev.kefu.returns.cases;

/**
 * How a case ends for the shopper once the item is back.
 */
public enum Resolution {

	/** Money back. */
	REFUND,

	/** Another variant sent. */
	REPLACEMENT

}
