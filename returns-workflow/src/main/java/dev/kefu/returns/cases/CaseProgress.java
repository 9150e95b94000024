package dev.kefu.returns.cases;

import java.time.Instant;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.Shipment;
import dev.kefu.returns.payments.RefundReceipt;
import org.jspecify.annotations.Nullable;

/**
 * What has happened to a case so far: its extended state.
 *
 * @param decision the rules' (or a person's) last decision
 * @param resolution refund or replacement
 * @param approvedAt when it was approved; the pickup deadline counts from it
 * @param pickup the doorstep pickup
 * @param reminders how many times the shopper was reminded to hand the parcel over
 * @param receivedAt when the parcel reached the warehouse
 * @param refund the refund
 * @param replacement the replacement's shipment
 * @param disputes how many times the shopper disputed a rejection
 * @param closedAt when the case reached a final state
 */
public record CaseProgress(@Nullable Decision decision, Resolution resolution, @Nullable Instant approvedAt,
		@Nullable PickupBooking pickup, int reminders, @Nullable Instant receivedAt, @Nullable RefundReceipt refund,
		@Nullable Shipment replacement, int disputes, @Nullable Instant closedAt) {

	/**
	 * The progress of a new case.
	 * @param kind return or exchange
	 * @return nothing happened yet
	 */
	public static CaseProgress start(CaseKind kind) {
		return new CaseProgress(null, (kind == CaseKind.EXCHANGE) ? Resolution.REPLACEMENT : Resolution.REFUND, null,
				null, 0, null, null, null, 0, null);
	}

	/**
	 * Whether the item stays with the shopper (the rules decided it is not worth sending
	 * back).
	 * @return {@code true} for a keep-the-item refund
	 */
	public boolean keepItem() {
		return this.decision != null && this.decision.keepItem();
	}

	public CaseProgress withDecision(@Nullable Decision value) {
		return new CaseProgress(value, this.resolution, this.approvedAt, this.pickup, this.reminders, this.receivedAt,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withResolution(Resolution value) {
		return new CaseProgress(this.decision, value, this.approvedAt, this.pickup, this.reminders, this.receivedAt,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withApprovedAt(@Nullable Instant value) {
		return new CaseProgress(this.decision, this.resolution, value, this.pickup, this.reminders, this.receivedAt,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withPickup(@Nullable PickupBooking value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, value, this.reminders, this.receivedAt,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withReminders(int value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, value, this.receivedAt,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withReceivedAt(@Nullable Instant value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, this.reminders, value,
				this.refund, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withRefund(@Nullable RefundReceipt value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, this.reminders,
				this.receivedAt, value, this.replacement, this.disputes, this.closedAt);
	}

	public CaseProgress withReplacement(@Nullable Shipment value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, this.reminders,
				this.receivedAt, this.refund, value, this.disputes, this.closedAt);
	}

	public CaseProgress withDisputes(int value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, this.reminders,
				this.receivedAt, this.refund, this.replacement, value, this.closedAt);
	}

	public CaseProgress withClosedAt(@Nullable Instant value) {
		return new CaseProgress(this.decision, this.resolution, this.approvedAt, this.pickup, this.reminders,
				this.receivedAt, this.refund, this.replacement, this.disputes, value);
	}

}
