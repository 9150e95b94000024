package dev.kefu.returns.cases;

/**
 * No such case, or not one the asker may see (the two are not told apart).
 */
public class ReturnCaseNotFound extends RuntimeException {

	public ReturnCaseNotFound(String caseId) {
		super("No return case " + caseId + ".");
	}

}
