package dev.kefu.returns.cases;

/**
 * A request that cannot become a case: no such order or line, not the shopper's, or more
 * units than are left to return. Nothing was stored. The message is for logs and staff;
 * what a shopper reads is told from {@link #why()} in their own language.
 */
public class ReturnNotPossible extends RuntimeException {

	private final Why why;

	private final int left;

	public ReturnNotPossible(String message) {
		this(Why.OTHER, 0, message);
	}

	public ReturnNotPossible(Why why, int left, String message) {
		super(message);
		this.why = why;
		this.left = left;
	}

	/**
	 * Why the request cannot be a case.
	 * @return the reason
	 */
	public Why why() {
		return this.why;
	}

	/**
	 * For {@link Why#FEWER_LEFT}, how many units can still be returned.
	 * @return the units, 0 otherwise
	 */
	public int left() {
		return this.left;
	}

	/**
	 * Why a request cannot be a case.
	 */
	public enum Why {

		/** The shopper has no such order. */
		NO_ORDER,

		/** The order has no such line. */
		NO_LINE,

		/** Every unit of the line is already returned or being returned. */
		ALREADY_RETURNED,

		/** Fewer units are left to return than asked for. */
		FEWER_LEFT,

		/** Anything else. */
		OTHER

	}

}
