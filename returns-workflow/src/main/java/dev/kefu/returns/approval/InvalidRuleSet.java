package dev.kefu.returns.approval;

/**
 * A rule set document that cannot be used; the message says where and why.
 */
public class InvalidRuleSet extends RuntimeException {

	InvalidRuleSet(String message, Throwable cause) {
		super(message, cause);
	}

}
