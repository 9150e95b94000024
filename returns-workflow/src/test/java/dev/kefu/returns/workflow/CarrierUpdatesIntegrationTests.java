package dev.kefu.returns.workflow;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.kefu.returns.ReturnsTestApplication;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = { ReturnsTestApplication.class, CarrierUpdatesIntegrationTests.Changes.class })
class CarrierUpdatesIntegrationTests {

	@Autowired
	private ReturnsWorkflow workflow;

	@Autowired
	private CaseTransitions transitions;

	@Autowired
	private ReturnCases cases;

	@Autowired
	private CaseHistory history;

	@Autowired
	private ShopSystems shop;

	@Autowired
	private Changes changes;

	private final ShopperRef shopper = new ShopperRef("shop-" + UUID.randomUUID(), "lin");

	private ReturnCase bookedPickup() {
		ShopOrder order = this.shop.deliveredOrder(this.shopper, Duration.ofDays(1),
				ShopSystems.line(1, "apparel", "299.00", 1));
		ReturnCase c = this.workflow.open(
				aReturn().shopper(this.shopper).order(order.orderId()).origin(Origin.CHAT).build(),
				Actor.shopper("lin"));
		while (this.workflow.runDueTasks() > 0) {
			// until the pickup is booked
		}
		ReturnCase booked = reload(c);
		assertThat(booked.state()).isEqualTo(CaseState.PICKUP_BOOKED);
		return booked;
	}

	private ReturnCase reload(ReturnCase c) {
		return this.cases.find(c.id()).orElseThrow();
	}

	private static String tracking(ReturnCase c) {
		return c.progress().pickup().trackingNumber();
	}

	@Test
	void appliesABatchOfTrackingEventsInOrderEachOnce() {
		ReturnCase a = bookedPickup();
		ReturnCase b = bookedPickup();
		List<ParcelUpdateOutcome> outcomes = this.workflow.parcelEvents(this.shopper.shopId(),
				List.of(new ParcelUpdate(tracking(a), ParcelEvent.PICKED_UP, "a-1"),
						new ParcelUpdate(tracking(b), ParcelEvent.PICKED_UP, "b-1"),
						new ParcelUpdate(tracking(a), ParcelEvent.DELIVERED, "a-2"),
						new ParcelUpdate("NOT-OURS-1", ParcelEvent.DELIVERED, "x-1"),
						new ParcelUpdate(tracking(a), ParcelEvent.PICKED_UP, "a-1"),
						new ParcelUpdate(tracking(b), ParcelEvent.PICKED_UP, "b-2")));
		assertThat(outcomes).extracting((o) -> (o.returnCase() != null) ? o.returnCase().state() : null)
			.containsExactly(CaseState.IN_TRANSIT, CaseState.IN_TRANSIT, CaseState.RECEIVED, null, CaseState.RECEIVED,
					CaseState.IN_TRANSIT);
		assertThat(outcomes).extracting((o) -> o.refused() != null)
			.containsExactly(false, false, false, false, false, true);
		assertThat(outcomes.get(5).refused()).hasMessageContaining("IN_TRANSIT")
			.hasMessageContaining("PARCEL_PICKED_UP");
		assertThat(outcomes.get(3).matched()).isFalse();
		assertThat(reload(a).state()).isEqualTo(CaseState.RECEIVED);
		assertThat(reload(a).version()).isEqualTo(a.version() + 2);
		assertThat(reload(b).state()).isEqualTo(CaseState.IN_TRANSIT);
		assertThat(this.history.of(a.id())).extracting(HistoryEntry::event)
			.endsWith(CaseEvent.PARCEL_PICKED_UP, CaseEvent.PARCEL_DELIVERED);
		assertThat(this.history.of(b.id())).filteredOn((h) -> h.event() == CaseEvent.PARCEL_PICKED_UP).hasSize(1);
		assertThat(this.changes.of(a)).containsExactly(CaseEvent.PARCEL_PICKED_UP, CaseEvent.PARCEL_DELIVERED);
	}

	@Test
	void looksOnlyAtTheReportingShopsCases() {
		ReturnCase c = bookedPickup();
		List<ParcelUpdateOutcome> outcomes = this.workflow.parcelEvents("another-shop",
				List.of(new ParcelUpdate(tracking(c), ParcelEvent.PICKED_UP, "o-1")));
		assertThat(outcomes).singleElement().satisfies((o) -> assertThat(o.matched()).isFalse());
		assertThat(reload(c)).isEqualTo(c);
	}

	@Test
	void reEvaluatesAnEventWhoseCaseChangedSinceItWasRead() {
		ReturnCase c = bookedPickup();
		this.workflow.parcelEvent(tracking(c), ParcelEvent.PICKED_UP, "r-1");
		CaseTransitions.Fired fired = this.transitions.fireAll(List.of(new CaseTransitions.Firing(c.id(), c,
				CaseCommand.fromCarrier(CaseEvent.PARCEL_DELIVERED, CarrierUpdates.CARRIER, "r-2"))))
			.get(0);
		assertThat(fired.refused()).isNull();
		assertThat(fired.returnCase().state()).isEqualTo(CaseState.RECEIVED);
		assertThat(fired.returnCase().version()).isEqualTo(c.version() + 2);
		assertThat(reload(c).state()).isEqualTo(CaseState.RECEIVED);
		assertThat(this.history.of(c.id())).extracting(HistoryEntry::from)
			.endsWith(CaseState.PICKUP_BOOKED, CaseState.IN_TRANSIT);
	}

	@Test
	void refusesCleanlyAnEventTheCaseNoLongerAllowsOnceReadAgain() {
		ReturnCase c = bookedPickup();
		this.workflow.cancel(this.shopper, c.id());
		int entries = this.history.of(c.id()).size();
		CaseTransitions.Fired fired = this.transitions.fireAll(List.of(new CaseTransitions.Firing(c.id(), c,
				CaseCommand.fromCarrier(CaseEvent.PARCEL_PICKED_UP, CarrierUpdates.CARRIER, "late-1"))))
			.get(0);
		assertThat(fired.refused()).isNotNull();
		assertThat(fired.returnCase().state()).isEqualTo(CaseState.CANCELLED);
		assertThat(reload(c).state()).isEqualTo(CaseState.CANCELLED);
		assertThat(this.history.of(c.id())).hasSize(entries);
	}

	@TestConfiguration
	static class Changes {

		private final List<ReturnCaseChanged> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ReturnCaseChanged changed) {
			this.seen.add(changed);
		}

		List<CaseEvent> of(ReturnCase c) {
			return this.seen.stream()
				.filter((changed) -> changed.returnCase().id().equals(c.id())
						&& changed.event().name().startsWith("PARCEL"))
				.map(ReturnCaseChanged::event)
				.toList();
		}

	}

}
