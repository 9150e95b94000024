package dev.kefu.returns.approval;

/**
 * What the rules decide for a request, in rising order of severity: when several rules
 * fire, the most severe outcome wins.
 */
public enum Outcome {

	/** Approved on the spot. */
	APPROVE,

	/** A person decides. */
	REVIEW,

	/** Refused. */
	REJECT;

	Outcome mostSevere(Outcome other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
