package dev.kefu.returns.workflow;

/**
 * Someone saved a newer version of the rules since the editor loaded them.
 */
public class RuleSetChanged extends RuntimeException {

	private final int latest;

	RuleSetChanged(int latest) {
		super("The rules were changed by someone else (now version " + latest
				+ "); reload them and apply your edit again.");
		this.latest = latest;
	}

	public int latest() {
		return this.latest;
	}

}
