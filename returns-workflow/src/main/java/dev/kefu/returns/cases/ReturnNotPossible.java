package dev.kefu.returns.cases;

/**
 * A request that cannot become a case: no such order or line, not the shopper's, or more
 * units than are left to return. Nothing was stored.
 */
public class ReturnNotPossible extends RuntimeException {

	public ReturnNotPossible(String message) {
		super(message);
	}

}
