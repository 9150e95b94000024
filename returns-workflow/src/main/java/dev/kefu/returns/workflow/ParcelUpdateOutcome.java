package dev.kefu.returns.workflow;

import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.logistics.ParcelUpdate;

/**
 * What a carrier's tracking event did.
 *
 * @param update the event
 * @param returnCase the case the parcel belongs to, as it is after the event, or
 * {@code null} when the parcel is none of the shop's
 * @param refused why the case's state refused the event (nothing changed), or
 * {@code null}
 */
public record ParcelUpdateOutcome(ParcelUpdate update, ReturnCase returnCase, EventNotAccepted refused) {

	/** Whether the parcel belongs to one of the shop's cases. */
	public boolean matched() {
		return this.returnCase != null;
	}

}
