package dev.kefu.returns.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;

/**
 * Turns carriers' tracking events into case events: a return parcel collected or
 * delivered to the warehouse, a replacement delivered to the shopper. A batch of events
 * is looked up in two queries and applied in one transaction.
 */
class CarrierUpdates {

	static final Actor CARRIER = new Actor(Actor.Type.CARRIER, "tracking");

	private final ReturnCases cases;

	private final CaseTransitions transitions;

	CarrierUpdates(ReturnCases cases, CaseTransitions transitions) {
		this.cases = cases;
		this.transitions = transitions;
	}

	/**
	 * Applies tracking events, in order.
	 * @param shopId the shop reporting them (only its cases are looked at), or
	 * {@code null} for Kefu's own carrier simulation
	 * @param updates the events
	 * @return what each did, in the same order
	 */
	List<ParcelUpdateOutcome> apply(String shopId, List<ParcelUpdate> updates) {
		Set<String> numbers = updates.stream().map(ParcelUpdate::trackingNumber).collect(Collectors.toSet());
		Map<String, ReturnCase> returning = byTracking(ReturnCases.Parcel.RETURN, (p) -> p.pickup().trackingNumber(),
				shopId, numbers);
		numbers.removeAll(returning.keySet());
		Map<String, ReturnCase> replacing = numbers.isEmpty() ? Map.of()
				: byTracking(ReturnCases.Parcel.REPLACEMENT, (p) -> p.replacement().trackingNumber(), shopId, numbers);
		List<CaseTransitions.Firing> firings = new ArrayList<>();
		List<Integer> fired = new ArrayList<>();
		ParcelUpdateOutcome[] outcomes = new ParcelUpdateOutcome[updates.size()];
		for (int i = 0; i < updates.size(); i++) {
			ParcelUpdate update = updates.get(i);
			ReturnCase parcelOf = returning.getOrDefault(update.trackingNumber(),
					replacing.get(update.trackingNumber()));
			CaseEvent event = (parcelOf != null)
					? caseEvent(parcelOf, returning.containsKey(update.trackingNumber()), update.event()) : null;
			if (event == null) {
				outcomes[i] = new ParcelUpdateOutcome(update, parcelOf, null);
			}
			else {
				firings.add(new CaseTransitions.Firing(parcelOf.id(), parcelOf,
						CaseCommand.fromCarrier(event, CARRIER, update.externalEventId())));
				fired.add(i);
			}
		}
		if (!firings.isEmpty()) {
			List<CaseTransitions.Fired> results = this.transitions.fireAll(firings);
			for (int j = 0; j < results.size(); j++) {
				int i = fired.get(j);
				outcomes[i] = new ParcelUpdateOutcome(updates.get(i), results.get(j).returnCase(),
						results.get(j).refused());
			}
		}
		return List.of(outcomes);
	}

	/**
	 * The case event a parcel's tracking event means, or {@code null} when it means none.
	 */
	private static CaseEvent caseEvent(ReturnCase c, boolean returnParcel, ParcelEvent event) {
		if (!returnParcel) {
			return (event == ParcelEvent.DELIVERED) ? CaseEvent.REPLACEMENT_DELIVERED : null;
		}
		if (c.state() == CaseState.COMPLETED && c.progress().decision() != null
				&& c.progress().decision().refundAtPickup()) {
			// A refund-at-pickup case completes while its parcel is still travelling; the
			// parcel's arrival is the warehouse's business, not the case's.
			return null;
		}
		return (event == ParcelEvent.PICKED_UP) ? CaseEvent.PARCEL_PICKED_UP : CaseEvent.PARCEL_DELIVERED;
	}

	/**
	 * The shop's cases whose parcels have these numbers in a tracking column, by number.
	 */
	private Map<String, ReturnCase> byTracking(ReturnCases.Parcel parcel, Function<CaseProgress, String> numberOf,
			String shopId, Set<String> numbers) {
		Map<String, ReturnCase> found = new HashMap<>();
		for (ReturnCase c : this.cases.findByTrackings(parcel, numbers)) {
			if (shopId == null || c.request().shopper().shopId().equals(shopId)) {
				found.put(numberOf.apply(c.progress()), c);
			}
		}
		return found;
	}

}
