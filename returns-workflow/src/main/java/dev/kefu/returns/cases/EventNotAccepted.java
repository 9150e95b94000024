package dev.kefu.returns.cases;

import java.util.Locale;

/**
 * An event that the case's state does not allow (a refund before inspection, a cancel
 * after the refund). Nothing changed.
 */
public class EventNotAccepted extends RuntimeException {

	private final CaseState state;

	private final CaseEvent event;

	public EventNotAccepted(CaseEvent event, CaseState state, CaseKind kind) {
		super(kind.name().toLowerCase(Locale.ROOT) + " case in state " + state + " does not accept " + event + ".");
		this.state = state;
		this.event = event;
	}

	public CaseState state() {
		return this.state;
	}

	public CaseEvent event() {
		return this.event;
	}

}
