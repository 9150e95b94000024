package dev.kefu.returns.workflow;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import dev.kefu.returns.cases.Resolution;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.payments.RefundStatus;

/**
 * The deadlines and side effects that come with each state: entering a state replaces a
 * case's tasks with these, so a task never outlives the state it belongs to.
 */
final class Deadlines {

	private final ReturnsSettings settings;

	Deadlines(ReturnsSettings settings) {
		this.settings = settings;
	}

	Map<TaskKind, Instant> of(ReturnCase c, Instant now) {
		Map<TaskKind, Instant> tasks = new EnumMap<>(TaskKind.class);
		switch (c.state()) {
			case REQUESTED -> tasks.put(TaskKind.EVALUATE, now);
			case UNDER_REVIEW -> tasks.put(TaskKind.REVIEW_TIMEOUT, now.plus(this.settings.reviewTimeout()));
			case APPROVED -> tasks.put(c.progress().keepItem() ? TaskKind.ISSUE_REFUND : TaskKind.BOOK_PICKUP, now);
			case PICKUP_BOOKED -> {
				Instant deadline = c.progress().approvedAt().plus(this.settings.pickupDeadline());
				if (c.progress().reminders() == 0) {
					tasks.put(TaskKind.PICKUP_REMINDER, deadline.minus(this.settings.reminderBefore()));
				}
				tasks.put(TaskKind.PICKUP_EXPIRY, deadline);
			}
			case IN_TRANSIT -> {
				var decision = c.progress().decision();
				if (decision != null && decision.refundAtPickup()) {
					tasks.put(TaskKind.ISSUE_REFUND, now);
				}
			}
			case RECEIVED -> {
				if (this.settings.autoInspectUpTo().signum() >= 0
						&& c.amount().compareTo(this.settings.autoInspectUpTo()) <= 0) {
					tasks.put(TaskKind.AUTO_INSPECT, now);
				}
			}
			case INSPECTED -> {
				if (c.progress().resolution() == Resolution.REFUND) {
					tasks.put(TaskKind.ISSUE_REFUND, now.plus(this.settings.refundDelay()));
				}
				else {
					tasks.put(TaskKind.SHIP_REPLACEMENT, now);
				}
			}
			case REFUNDED -> {
				if (c.progress().refund() != null && c.progress().refund().status() == RefundStatus.PENDING) {
					tasks.put(TaskKind.SETTLEMENT_CHECK, now.plus(this.settings.settlementCheck()));
				}
			}
			case REPLACEMENT_SHIPPED ->
				tasks.put(TaskKind.REPLACEMENT_TIMEOUT, now.plus(this.settings.replacementDeliveryTimeout()));
			case CANCELLED, EXPIRED -> {
				if (c.progress().pickup() != null) {
					tasks.put(TaskKind.CANCEL_PICKUP, now);
				}
			}
			case REJECTED, DISPUTED, AWAITING_SHOPPER, COMPLETED, DECIDING, REOPENING -> {
			}
		}
		return tasks;
	}

}
