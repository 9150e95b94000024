package dev.kefu.returns.workflow;

import java.util.Objects;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.Shipment;
import dev.kefu.returns.payments.RefundReceipt;

/**
 * An event sent to a case's machine, with who sent it, why, and what it carries. Made
 * through the named factories, one per kind of news.
 *
 * @param event the event
 * @param actor who or what
 * @param reason why, for the history, or {@code null}
 * @param payload the event's data, or {@code null} for an event that carries none
 * @param externalEventId the carrier's or payment system's event id, so a redelivered
 * event changes the case once, or {@code null}
 */
record CaseCommand(CaseEvent event, Actor actor, String reason, Payload payload, String externalEventId) {

	static final String HEADER = "kefu.command";

	CaseCommand {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(actor, "actor");
	}

	/** An event that carries nothing but who sent it and why. */
	static CaseCommand of(CaseEvent event, Actor actor, String reason) {
		return new CaseCommand(event, actor, reason, null, null);
	}

	/** A parcel's news from the carrier, once per carrier event. */
	static CaseCommand fromCarrier(CaseEvent event, Actor carrier, String externalEventId) {
		return new CaseCommand(event, carrier, null, null, externalEventId);
	}

	/** A decision on the request, by the rules or by a person. */
	static CaseCommand decided(CaseEvent event, Actor actor, String reason, Decision decision) {
		return new CaseCommand(event, actor, reason, new Decided(decision), null);
	}

	/** The doorstep pickup booked. */
	static CaseCommand pickupBooked(Actor carrier, PickupBooking booking) {
		return new CaseCommand(CaseEvent.PICKUP_BOOKED, carrier, null, new Booked(booking), null);
	}

	/** A refund issued, settled or failed, with the payment system's receipt. */
	static CaseCommand refund(CaseEvent event, Actor payments, String reason, RefundReceipt receipt,
			String externalEventId) {
		return new CaseCommand(event, payments, reason, (receipt != null) ? new Refunded(receipt) : null,
				externalEventId);
	}

	/** The replacement on its way. */
	static CaseCommand replacementShipped(Actor warehouse, Shipment shipment) {
		return new CaseCommand(CaseEvent.REPLACEMENT_SHIPPED, warehouse, null, new Shipped(shipment), null);
	}

	/** The decision carried, or {@code null}. */
	Decision decision() {
		return (this.payload instanceof Decided decided) ? decided.decision() : null;
	}

	/** The pickup booked, or {@code null}. */
	PickupBooking booking() {
		return (this.payload instanceof Booked booked) ? booked.booking() : null;
	}

	/** The refund's receipt, or {@code null}. */
	RefundReceipt receipt() {
		return (this.payload instanceof Refunded refunded) ? refunded.receipt() : null;
	}

	/** The replacement's shipment, or {@code null}. */
	Shipment shipment() {
		return (this.payload instanceof Shipped shipped) ? shipped.shipment() : null;
	}

	/** What an event carries. */
	sealed interface Payload permits Decided, Booked, Refunded, Shipped {

	}

	record Decided(Decision decision) implements Payload {
	}

	record Booked(PickupBooking booking) implements Payload {
	}

	record Refunded(RefundReceipt receipt) implements Payload {
	}

	record Shipped(Shipment shipment) implements Payload {
	}

}
