package dev.kefu.returns.evidence.checks;

/**
 * Why a photo may not show a claimed defect well enough. None of them says the claim is
 * false; they say the shopper could be asked for a better photo.
 */
public enum PhotoProblem {

	/** Its shorter side has fewer pixels than the settings ask for. */
	TOO_SMALL,

	/** Too little fine detail: out of focus, shaken, or smoothed. */
	BLURRED,

	/** Under-exposed: mostly near black. */
	TOO_DARK,

	/** Over-exposed: mostly near white, details washed out. */
	TOO_BRIGHT

}
