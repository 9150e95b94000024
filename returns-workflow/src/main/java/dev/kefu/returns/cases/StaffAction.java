package dev.kefu.returns.cases;

/**
 * What a person at the shop may do to a case, each one event of the case's machine. Which
 * of them a case accepts depends on its state and kind, as for every event.
 */
public enum StaffAction {

	/** Approve a case under review, or resolve a dispute in the shopper's favour. */
	APPROVE(CaseEvent.APPROVE),

	/** Reject a case under review, or a dispute. */
	REJECT(CaseEvent.REJECT),

	/** Record that the returned item passed the warehouse's inspection. */
	PASS_INSPECTION(CaseEvent.INSPECTION_PASSED),

	/** Record that it did not (used, damaged by the shopper, another item sent back). */
	FAIL_INSPECTION(CaseEvent.INSPECTION_FAILED);

	private final CaseEvent event;

	StaffAction(CaseEvent event) {
		this.event = event;
	}

	/**
	 * The event the action sends to the case.
	 * @return the event
	 */
	public CaseEvent event() {
		return this.event;
	}

}
