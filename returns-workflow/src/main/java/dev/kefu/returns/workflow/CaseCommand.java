package dev.kefu.returns.workflow;

import java.util.Objects;

import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;

/**
 * An event sent to a case's machine, with who sent it, why, and what it carries.
 *
 * @param event the event
 * @param actor who or what
 * @param reason why, for the history, or {@code null}
 * @param payload the event's data (a decision, a booking, a refund receipt, a shipment),
 * or {@code null}
 * @param externalEventId the carrier's or payment system's event id, so a redelivered
 * event changes the case once, or {@code null}
 */
record CaseCommand(CaseEvent event, Actor actor, String reason, Object payload, String externalEventId) {

	static final String HEADER = "kefu.command";

	CaseCommand {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(actor, "actor");
	}

	static CaseCommand of(CaseEvent event, Actor actor, String reason) {
		return new CaseCommand(event, actor, reason, null, null);
	}

	<T> T payload(Class<T> type) {
		return type.cast(this.payload);
	}

}
