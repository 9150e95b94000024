package dev.kefu.returns.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Resolution;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.law.LegalClock;
import dev.kefu.returns.law.LegalProfile;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.shops.ShopLegalProfiles;
import dev.kefu.returns.shops.ShopTimeZones;

/**
 * The deadlines and side effects that come with each state: entering a state replaces a
 * case's tasks with these, so a task never outlives the state it belongs to.
 */
final class Deadlines {

	private final ReturnsSettings settings;

	private final ShopTimeZones zones;

	private final ShopLegalProfiles profiles;

	Deadlines(ReturnsSettings settings, ShopTimeZones zones, ShopLegalProfiles profiles) {
		this.settings = settings;
		this.zones = zones;
		this.profiles = profiles;
	}

	Map<TaskKind, Instant> of(ReturnCase c, Instant now) {
		Map<TaskKind, Instant> tasks = new EnumMap<>(TaskKind.class);
		legalClocks(c, tasks);
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

	/**
	 * The legal clocks of the case's state: 15 days to handle a request (SAMR Art. 31(2))
	 * while no one has; 7 days to refund once the goods arrived (Art. 13, with an alert
	 * before) and the 15-day penalty threshold (Art. 31(3)) until the refund is issued.
	 */
	private void legalClocks(ReturnCase c, Map<TaskKind, Instant> tasks) {
		String shopId = c.request().shopper().shopId();
		LegalProfile profile = LegalProfile.of(this.profiles.legalProfileOf(shopId));
		ZoneId zone = this.zones.zoneOf(shopId);
		boolean unhandled = switch (c.state()) {
			case REQUESTED, UNDER_REVIEW, DECIDING, REOPENING -> true;
			case DISPUTED -> c.progress().receivedAt() == null;
			default -> false;
		};
		if (unhandled) {
			profile.due(LegalClock.REQUEST_UNHANDLED_15_DAYS, c, zone)
				.ifPresent((due) -> tasks.put(TaskKind.HANDLING_OVERDUE, due));
		}
		boolean refundPending = c.state() == CaseState.RECEIVED
				|| (c.state() == CaseState.INSPECTED && c.progress().resolution() == Resolution.REFUND);
		if (refundPending) {
			profile.due(LegalClock.REFUND_DUE, c, zone).ifPresent((due) -> {
				tasks.put(TaskKind.REFUND_DUE_ALERT, due.minus(this.settings.refundDueAlertBefore()));
				tasks.put(TaskKind.REFUND_DUE, due);
			});
			profile.due(LegalClock.REFUND_UNPAID_15_DAYS, c, zone)
				.ifPresent((due) -> tasks.put(TaskKind.REFUND_OVERDUE, due));
		}
	}

}
