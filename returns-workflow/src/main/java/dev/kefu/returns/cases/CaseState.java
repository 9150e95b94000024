package dev.kefu.returns.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. {@link #DECIDING} and {@link #REOPENING} are choice pseudo-states
 * the machines pass through; a stored case is never in them.
 */
public enum CaseState {

	/**
	 * Asked for; the rules have not been applied yet (e.g. the order system was down).
	 */
	REQUESTED,

	/** Choice: the rules' decision picks approved, under review or rejected. */
	DECIDING,

	/**
	 * Waiting for a person to decide; approved automatically when no one does in time.
	 */
	UNDER_REVIEW,

	/**
	 * Approved; a doorstep pickup is being booked (or the refund issued, keep-the-item).
	 */
	APPROVED,

	/** Refused by the rules or by a person; the shopper may dispute once. */
	REJECTED,

	/** A courier will collect the parcel at the shopper's door. */
	PICKUP_BOOKED,

	/** The courier has the parcel. */
	IN_TRANSIT,

	/** The parcel arrived at the shop's warehouse. */
	RECEIVED,

	/** The item passed inspection; the refund or the replacement follows. */
	INSPECTED,

	/**
	 * Exchange only: the replacement is out of stock; waiting for the shopper to take a
	 * refund.
	 */
	AWAITING_SHOPPER,

	/** The refund is issued; waiting for the payment system to confirm it. */
	REFUNDED,

	/** Exchange only: the replacement is on its way to the shopper. */
	REPLACEMENT_SHIPPED,

	/** Done: money back, or the replacement delivered. */
	COMPLETED,

	/** Withdrawn by the shopper before the parcel left. */
	CANCELLED,

	/**
	 * Needs a person: inspection failed, a refund failed, or the shopper disputes a
	 * rejection.
	 */
	DISPUTED,

	/**
	 * Choice: a person resolved a dispute in the shopper's favour; resumes where the item
	 * is.
	 */
	REOPENING,

	/** The shopper did not hand the parcel over in time. */
	EXPIRED;

	private static final Set<CaseState> FINAL = EnumSet.of(COMPLETED, CANCELLED, EXPIRED);

	private static final Set<CaseState> INACTIVE = EnumSet.of(COMPLETED, CANCELLED, EXPIRED, REJECTED);

	private static final Set<CaseState> CANCELLABLE = EnumSet.of(REQUESTED, UNDER_REVIEW, APPROVED, PICKUP_BOOKED);

	/**
	 * The states a shopper may still cancel from: before the parcel has left.
	 * @return those states
	 */
	public static Set<CaseState> cancellable() {
		return EnumSet.copyOf(CANCELLABLE);
	}

	/**
	 * Whether the shopper may still cancel a case in this state.
	 * @return {@code true} before the parcel has left
	 */
	public boolean isCancellable() {
		return CANCELLABLE.contains(this);
	}

	/**
	 * Whether nothing more can happen to a case in this state.
	 * @return {@code true} for completed, cancelled and expired
	 */
	public boolean isFinal() {
		return FINAL.contains(this);
	}

	/**
	 * Whether a case in this state still claims its items: a rejected, cancelled or
	 * expired case leaves them free to be returned by a new request.
	 * @return {@code true} while the case is going on or completed
	 */
	public boolean holdsItems() {
		return this == COMPLETED || !INACTIVE.contains(this);
	}

}
