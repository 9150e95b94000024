package dev.kefu.returns.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kefu.returns.MutableClock;
import dev.kefu.returns.ReturnsTestApplication;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.ReturnRisk;
import dev.kefu.returns.approval.RiskSignal;
import dev.kefu.returns.approval.RuleName;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseDelayed;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.law.LegalDeadlineReached;
import dev.kefu.returns.law.LegalFloor;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.orders.OrderTerms;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.payments.RefundStatus;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static dev.kefu.returns.cases.ReturnRequestFixture.anExchange;
import static dev.kefu.returns.cases.ReturnRequestFixture.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = { ReturnsTestApplication.class, ReturnsWorkflowIntegrationTests.Notifications.class })
class ReturnsWorkflowIntegrationTests {

	private static final Duration DAY = Duration.ofDays(1);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private LegalFlags flags;

	@Autowired
	private AutomatedDecisions decisions;

	@Autowired
	private ApprovalRuleSets ruleSets;

	@Autowired
	private ReturnsWorkflow workflow;

	@Autowired
	private ReturnCases cases;

	@Autowired
	private CaseHistory history;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private ShopSystems shop;

	@Autowired
	private MutableClock clock;

	@Autowired
	private Notifications notifications;

	private final ShopperRef shopper = new ShopperRef("shop-" + UUID.randomUUID(), "mei");

	@AfterEach
	void systemsBackUp() {
		this.shop.carrierDown(false);
		this.shop.ordersDown(false);
		this.shop.paymentsDown(false);
		this.shop.failAfterRefunding(false);
		this.shop.refundsSettleAtOnce(true);
	}

	private ReturnRequest request(ShopOrder order, int line, int quantity, ReturnReason reason) {
		return aReturn().shopper(this.shopper)
			.order(order.orderId())
			.line(line)
			.quantity(quantity)
			.reason(reason)
			.origin(Origin.CHAT)
			.build();
	}

	private ReturnCase open(String category, String price, ReturnReason reason) {
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, category, price, 1));
		return this.workflow.open(request(order, 1, 1, reason), Actor.shopper("mei"));
	}

	@Test
	void letsAVisionFindingOfTheClaimedProblemRaiseTheLimitAndSendsOnlyTheProductFields() {
		ShopOrder seenTorn = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "899.00", 1));
		UUID torn = this.shop.uploadedPhoto(this.shopper);
		this.shop.visionSees(torn,
				new VisionFinding(VisionFinding.ShowsProduct.YES, VisionFinding.VisibleProblem.TEAR, 0.92));
		ReturnCase approved = this.workflow.open(withPhoto(request(seenTorn, 1, 1, ReturnReason.QUALITY_ISSUE), torn),
				Actor.shopper("mei"));
		assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
		assertThat(this.shop.shownWith(torn).category()).isEqualTo("apparel");

		ShopOrder unseen = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "899.00", 1));
		UUID plain = this.shop.uploadedPhoto(this.shopper);
		ReturnCase reviewed = this.workflow.open(withPhoto(request(unseen, 1, 1, ReturnReason.QUALITY_ISSUE), plain),
				Actor.shopper("mei"));
		assertThat(reviewed.state()).isEqualTo(CaseState.UNDER_REVIEW);

		ShopOrder nothing = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "99.00", 1));
		UUID empty = this.shop.uploadedPhoto(this.shopper);
		this.shop.visionSees(empty,
				new VisionFinding(VisionFinding.ShowsProduct.NO, VisionFinding.VisibleProblem.NONE, 0.9));
		ReturnCase noProduct = this.workflow.open(withPhoto(request(nothing, 1, 1, ReturnReason.QUALITY_ISSUE), empty),
				Actor.shopper("mei"));
		assertThat(noProduct.state()).isEqualTo(CaseState.UNDER_REVIEW);
	}

	private static ReturnRequest withPhoto(ReturnRequest r, UUID photo) {
		return like(r).photos(photo).build();
	}

	private ReturnCase runDue() {
		while (this.workflow.runDueTasks() > 0) {
			// until nothing more is due now
		}
		return null;
	}

	private ReturnCase reload(ReturnCase c) {
		return this.cases.find(c.id()).orElseThrow();
	}

	@Test
	void takesDueTasksEarliestFirstWhateverOrderTheyWereStoredIn() {
		// Far in the past, so that no other test's run takes these and this takes no
		// other's.
		Instant past = Instant.parse("2001-01-01T00:00:00Z");
		List<ReturnCase> opened = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			opened.add(open("apparel", "99.00", ReturnReason.CHANGED_MIND));
		}
		try {
			for (int i = opened.size() - 1; i >= 0; i--) {
				this.tasks.replace(opened.get(i).id(), Map.of(TaskKind.REVIEW_TIMEOUT, past.plusSeconds(i)));
			}
			assertThat(this.tasks.takeDue(past.plusSeconds(60), 100, Duration.ofMinutes(1)))
				.extracting(CaseTask::caseId)
				.containsExactlyElementsOf(opened.stream().map(ReturnCase::id).toList());
		}
		finally {
			opened.forEach((c) -> this.tasks.replace(c.id(), Map.of()));
		}
	}

	@Test
	void scoresTheShoppersEarlierParcelClaimsAndKeepsTheScoreOnTheStoredDecision() {
		for (int i = 0; i < 2; i++) {
			ShopOrder earlier = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "99.00", 1));
			this.workflow.open(withPhoto(request(earlier, 1, 1, ReturnReason.DAMAGED_IN_TRANSIT),
					this.shop.uploadedPhoto(this.shopper)), Actor.shopper("mei"));
		}
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "99.00", 1));
		ReturnCase third = this.workflow.open(
				withPhoto(request(order, 1, 1, ReturnReason.WRONG_ITEM), this.shop.uploadedPhoto(this.shopper)),
				Actor.shopper("mei"));
		ReturnRisk risk = reload(third).progress().decision().risk();
		assertThat(risk.signals()).extracting(RiskSignal::kind).containsExactly(RiskSignal.Kind.REPEATED_PARCEL_CLAIMS);
		assertThat(risk.score()).isEqualTo(30);
		ShopOrder changedMind = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "99.00", 1));
		assertThat(this.workflow.open(request(changedMind, 1, 1, ReturnReason.CHANGED_MIND), Actor.shopper("mei"))
			.progress()
			.decision()
			.risk()
			.signals()).extracting(RiskSignal::kind)
			.as("a change of mind is no parcel claim, but it is the fourth return this month")
			.containsExactly(RiskSignal.Kind.MANY_RECENT_RETURNS);
	}

	@Test
	void approvesAnEligibleReturnOnTheSpotAndRunsItToARefundWithNoPerson() {
		ReturnCase c = open("apparel", "299.00", ReturnReason.CHANGED_MIND);
		assertThat(c.state()).isEqualTo(CaseState.APPROVED);
		assertThat(c.progress().decision().outcome()).isEqualTo(Outcome.APPROVE);
		runDue();
		c = reload(c);
		assertThat(c.state()).isEqualTo(CaseState.PICKUP_BOOKED);
		String tracking = c.progress().pickup().trackingNumber();
		this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "evt-1");
		this.clock.advance(DAY);
		this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "evt-2");
		runDue();
		c = reload(c);
		assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
		assertThat(c.progress().refund().status()).isEqualTo(RefundStatus.SETTLED);
		assertThat(this.shop.refundsByKey()).containsKey("refund:" + c.id());
		assertThat(this.history.of(c.id())).extracting(HistoryEntry::to)
			.containsExactly(CaseState.REQUESTED, CaseState.APPROVED, CaseState.PICKUP_BOOKED, CaseState.IN_TRANSIT,
					CaseState.RECEIVED, CaseState.INSPECTED, CaseState.REFUNDED, CaseState.COMPLETED);
		assertThat(this.history.of(c.id()))
			.allSatisfy((h) -> assertThat(h.actor().type()).isNotEqualTo(Actor.Type.STAFF));
		assertThat(this.tasks.of(c.id())).isEmpty();
		assertThat(this.notifications.changes(c)).extracting(ReturnCaseChanged::event)
			.containsExactly(CaseEvent.SUBMIT, CaseEvent.PICKUP_BOOKED, CaseEvent.PARCEL_PICKED_UP,
					CaseEvent.PARCEL_DELIVERED, CaseEvent.INSPECTION_PASSED, CaseEvent.REFUND_ISSUED,
					CaseEvent.REFUND_SETTLED);
	}

	@Test
	void refundsACheapReturnAsSoonAsTheCourierHasTheParcel() {
		ReturnCase c = open("apparel", "150.00", ReturnReason.CHANGED_MIND);
		assertThat(c.progress().decision().refundAtPickup()).isTrue();
		runDue();
		String tracking = reload(c).progress().pickup().trackingNumber();
		this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "p-" + tracking);
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.COMPLETED);
		assertThat(this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "d-" + tracking)).get()
			.extracting(ReturnCase::state)
			.as("the parcel arriving later changes nothing")
			.isEqualTo(CaseState.COMPLETED);
	}

	@Test
	void findsTheSameCaseForTheSameRequestInsteadOfOpeningAnother() {
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "100", 3));
		ReturnRequest first = request(order, 1, 1, ReturnReason.WRONG_SIZE);
		ReturnCase opened = this.workflow.open(first, Actor.shopper("mei"));
		assertThat(this.workflow.open(first, Actor.shopper("mei")).id()).isEqualTo(opened.id());
		assertThat(this.workflow.open(request(order, 1, 1, ReturnReason.WRONG_SIZE), Actor.shopper("mei")).id())
			.as("the same request under another key while the first is going on")
			.isEqualTo(opened.id());
		ReturnCase second = this.workflow.open(request(order, 1, 2, ReturnReason.CHANGED_MIND), Actor.shopper("mei"));
		assertThat(second.id()).isNotEqualTo(opened.id());
		assertThatExceptionOfType(ReturnNotPossible.class)
			.isThrownBy(
					() -> this.workflow.open(request(order, 1, 1, ReturnReason.QUALITY_ISSUE), Actor.shopper("mei")))
			.withMessageContaining("already being returned");
		assertThat(this.cases.ofShopper(this.shopper, 10)).hasSize(2);
	}

	@Test
	void refusesAnotherShoppersOrderAndAMissingLine() {
		ShopOrder theirs = this.shop.deliveredOrder(new ShopperRef(this.shopper.shopId(), "someone-else"), DAY,
				ShopSystems.line(1, "apparel", "100", 1));
		assertThatExceptionOfType(ReturnNotPossible.class).isThrownBy(
				() -> this.workflow.open(request(theirs, 1, 1, ReturnReason.CHANGED_MIND), Actor.shopper("mei")));
		ShopOrder mine = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "100", 1));
		assertThatExceptionOfType(ReturnNotPossible.class)
			.isThrownBy(() -> this.workflow.open(request(mine, 2, 1, ReturnReason.CHANGED_MIND), Actor.shopper("mei")))
			.withMessageContaining("no line 2");
		assertThat(this.cases.ofShopper(this.shopper, 10)).isEmpty();
	}

	@Test
	void refusesEventsTheStateDoesNotAllowAndChangesNothing() {
		ReturnCase c = open("apparel", "199.00", ReturnReason.CHANGED_MIND);
		int entries = this.history.of(c.id()).size();
		assertThatExceptionOfType(EventNotAccepted.class)
			.isThrownBy(() -> this.workflow.inspected(c.id(), true, Actor.staff("wh"), "looks fine"))
			.withMessageContaining("APPROVED")
			.withMessageContaining("INSPECTION_PASSED");
		assertThat(reload(c).version()).isEqualTo(c.version());
		assertThat(this.history.of(c.id())).hasSize(entries);
	}

	@Test
	void refusesACancelAfterTheRefund() {
		ReturnCase c = open("home", "8.00", ReturnReason.DAMAGED_IN_TRANSIT);
		assertThat(c.progress().keepItem()).isFalse();
		ReturnCase keep = open("home", "9.00", ReturnReason.CHANGED_MIND);
		assertThat(keep.progress().keepItem()).isTrue();
		runDue();
		assertThat(reload(keep).state()).isEqualTo(CaseState.COMPLETED);
		assertThatExceptionOfType(EventNotAccepted.class)
			.isThrownBy(() -> this.workflow.cancel(this.shopper, keep.id()));
		assertThat(reload(keep).state()).isEqualTo(CaseState.COMPLETED);
	}

	@Test
	void resolvesACancelRacingTheCarriersDeliveryWithOneWinnerAndNothingLost() throws Exception {
		for (int round = 0; round < 10; round++) {
			// A new shopper each round: ten returns in a day would (rightly) send the
			// shopper's next ones to review.
			ShopperRef racer = new ShopperRef(this.shopper.shopId(), "racer-" + round);
			ShopOrder order = this.shop.deliveredOrder(racer, DAY, ShopSystems.line(1, "apparel", "120.00", 1));
			ReturnCase c = this.workflow.open(
					aReturn().shopper(racer).order(order.orderId()).origin(Origin.CHAT).build(),
					Actor.shopper(racer.shopperId()));
			runDue();
			String tracking = reload(c).progress().pickup().trackingNumber();
			CountDownLatch start = new CountDownLatch(1);
			List<Callable<Object>> racers = List.of(() -> {
				start.await();
				return this.workflow.cancel(racer, c.id());
			}, () -> {
				start.await();
				return this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "race-" + round(c));
			});
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Object>> results = new ArrayList<>();
			racers.forEach((r) -> results.add(pool.submit(r)));
			start.countDown();
			int refused = 0;
			for (Future<Object> result : results) {
				try {
					result.get();
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(EventNotAccepted.class);
					refused++;
				}
			}
			pool.shutdown();
			ReturnCase after = reload(c);
			assertThat(refused).isEqualTo(1);
			assertThat(after.state()).isIn(CaseState.CANCELLED, CaseState.RECEIVED);
			List<HistoryEntry> entries = this.history.of(c.id());
			assertThat(entries.get(entries.size() - 1).to()).isEqualTo(after.state());
			assertThat(entries)
				.filteredOn((h) -> h.event() == CaseEvent.CANCEL || h.event() == CaseEvent.PARCEL_DELIVERED)
				.hasSize(1);
			assertThat(after.version()).isEqualTo(entries.size() - 1);
		}
	}

	private static String round(ReturnCase c) {
		return c.id().toString();
	}

	@Test
	void changesACaseOnceWhenTheCarrierDeliversTheSameEventFiveTimes() {
		ReturnCase c = open("apparel", "120.00", ReturnReason.CHANGED_MIND);
		runDue();
		String tracking = reload(c).progress().pickup().trackingNumber();
		for (int i = 0; i < 5; i++) {
			this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "carrier-event-42");
		}
		assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRANSIT);
		assertThat(this.history.of(c.id())).filteredOn((h) -> h.event() == CaseEvent.PARCEL_PICKED_UP).hasSize(1);
	}

	@Test
	void keepsTheRulesDecisionWithItsHistoryLineWithTheRulesNames() {
		ReturnCase c = open("cosmetics", "159.00", ReturnReason.CHANGED_MIND);
		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		HistoryEntry reviewed = this.history.of(c.id()).getLast();
		assertThat(reviewed.to()).isEqualTo(CaseState.UNDER_REVIEW);
		assertThat(reviewed.reason()).startsWith("REVIEW [cosmetics-reviewed]");
		assertThat(reviewed.decision()).isNotNull();
		assertThat(reviewed.decision().findings()).singleElement()
			.satisfies((f) -> assertThat(f.name())
				.isEqualTo(new RuleName("美妆护肤需审核", "美妝保養需審核", "Cosmetics are reviewed")));
		assertThat(reviewed.decision().reason()).isEqualTo(c.progress().decision().reason());
		assertThat(this.history.of(c.id()).getFirst().decision()).as("the opening line has no decision").isNull();
	}

	@Test
	void approvesACaseNoOneReviewedWithinFortyEightHours() {
		ReturnCase c = open("cosmetics", "159.00", ReturnReason.CHANGED_MIND);
		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		this.clock.advance(Duration.ofHours(47));
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.UNDER_REVIEW);
		this.clock.advance(Duration.ofHours(2));
		runDue();
		ReturnCase approved = reload(c);
		assertThat(approved.state()).isIn(CaseState.APPROVED, CaseState.PICKUP_BOOKED);
		assertThat(this.history.of(c.id())).anySatisfy((h) -> {
			assertThat(h.event()).isEqualTo(CaseEvent.REVIEW_EXPIRED);
			assertThat(h.reason()).contains("approved automatically");
		});
	}

	@Test
	void letsAPersonDecideACaseUnderReview() {
		ReturnCase c = open("cosmetics", "159.00", ReturnReason.CHANGED_MIND);
		ReturnCase rejected = this.workflow.decide(c.id(), Outcome.REJECT, Actor.staff("agent-li"),
				new LocalizedText("已开封，不支持退货", "Opened, so not returnable"));
		assertThat(rejected.state()).isEqualTo(CaseState.REJECTED);
		assertThat(rejected.progress().decision().reason().en()).isEqualTo("Opened, so not returnable");
		assertThat(this.history.of(c.id()).get(this.history.of(c.id()).size() - 1).actor())
			.isEqualTo(Actor.staff("agent-li"));
		ReturnCase disputed = this.workflow.dispute(this.shopper, c.id(), "It was sealed!");
		assertThat(disputed.state()).isEqualTo(CaseState.DISPUTED);
		ReturnCase approved = this.workflow.decide(c.id(), Outcome.APPROVE, Actor.staff("lead-wang"),
				new LocalizedText("核实无误", "Checked"));
		assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
	}

	@Test
	void remindsTheShopperToHandTheParcelOverThenExpiresTheCaseAndCancelsTheCourier() {
		ReturnCase c = open("apparel", "150.00", ReturnReason.CHANGED_MIND);
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.PICKUP_BOOKED);
		this.clock.advance(Duration.ofDays(5).plusHours(1));
		runDue();
		assertThat(reload(c).progress().reminders()).isEqualTo(1);
		assertThat(this.notifications.changes(c)).extracting(ReturnCaseChanged::event).contains(CaseEvent.REMIND);
		this.clock.advance(Duration.ofDays(2));
		runDue();
		ReturnCase expired = reload(c);
		assertThat(expired.state()).isEqualTo(CaseState.EXPIRED);
		assertThat(this.shop.cancelledBookings()).contains(expired.progress().pickup().bookingId());
		assertThat(this.tasks.of(c.id())).isEmpty();
	}

	@Test
	void keepsTheCaseWhileTheCarrierIsDownAndBooksWhenItIsBack() {
		this.shop.carrierDown(true);
		ReturnCase c = open("apparel", "150.00", ReturnReason.CHANGED_MIND);
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.APPROVED);
		assertThat(this.notifications.delays(c)).containsExactly("BOOK_PICKUP");
		this.clock.advance(Duration.ofMinutes(2));
		runDue();
		assertThat(this.notifications.delays(c)).as("told once, not on every retry").hasSize(1);
		this.shop.carrierDown(false);
		this.clock.advance(Duration.ofMinutes(5));
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.PICKUP_BOOKED);
	}

	@Test
	void keepsARequestMadeWhileTheOrderSystemIsDownAndDecidesItWhenItIsBack() {
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "180.00", 1));
		this.shop.ordersDown(true);
		ReturnCase kept = this.workflow.open(request(order, 1, 1, ReturnReason.WRONG_SIZE), Actor.shopper("mei"));
		assertThat(kept.state()).isEqualTo(CaseState.REQUESTED);
		assertThat(kept.item().known()).isFalse();
		runDue();
		assertThat(reload(kept).state()).isEqualTo(CaseState.REQUESTED);
		assertThat(this.notifications.delays(kept)).containsExactly("EVALUATE");
		this.shop.ordersDown(false);
		this.clock.advance(Duration.ofMinutes(2));
		runDue();
		ReturnCase decided = reload(kept);
		assertThat(decided.state()).isIn(CaseState.APPROVED, CaseState.PICKUP_BOOKED);
		assertThat(decided.item().sku()).isEqualTo("SKU-apparel-1");
		assertThat(decided.amount()).isEqualByComparingTo("180.00");
	}

	@Test
	void neverRefundsTwiceWhenTheAnswerToARefundIsLost() {
		ReturnCase c = open("home", "9.00", ReturnReason.CHANGED_MIND);
		this.shop.failAfterRefunding(true);
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.APPROVED);
		this.clock.advance(Duration.ofMinutes(2));
		runDue();
		this.shop.failAfterRefunding(false);
		this.clock.advance(Duration.ofMinutes(5));
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.COMPLETED);
		assertThat(this.shop.refundsByKey().keySet()).filteredOn((k) -> k.equals("refund:" + c.id())).hasSize(1);
	}

	@Test
	void waitsForAPendingRefundToSettle() {
		this.shop.refundsSettleAtOnce(false);
		ReturnCase c = open("home", "9.50", ReturnReason.CHANGED_MIND);
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.REFUNDED);
		this.shop.settleAll();
		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		runDue();
		assertThat(reload(c).state()).isEqualTo(CaseState.COMPLETED);
	}

	@Test
	void shipsAnExchangeOrRefundsWhenTheShopperAgreesAfterItSoldOut() {
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "299", 2));
		String wanted = "SKU-" + UUID.randomUUID();
		this.shop.stock(wanted, 1);
		ReturnRequest exchange = anExchange(wanted).shopper(this.shopper)
			.order(order.orderId())
			.reason(ReturnReason.WRONG_SIZE)
			.origin(Origin.CHAT)
			.build();
		ReturnCase first = this.workflow.open(exchange, Actor.shopper("mei"));
		assertThat(first.state()).isEqualTo(CaseState.APPROVED);
		ReturnRequest another = anExchange(wanted).shopper(this.shopper)
			.order(order.orderId())
			.reason(ReturnReason.CHANGED_MIND)
			.origin(Origin.CHAT)
			.build();
		ReturnCase second = this.workflow.open(another, Actor.shopper("mei"));
		assertThat(second.state()).isEqualTo(CaseState.APPROVED);
		runDue();
		for (ReturnCase c : List.of(first, second)) {
			String tracking = reload(c).progress().pickup().trackingNumber();
			this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "d-" + tracking);
			// The first parcel arrives first, so its exchange is served first.
			this.clock.advance(Duration.ofSeconds(1));
		}
		runDue();
		assertThat(reload(first).state()).isEqualTo(CaseState.REPLACEMENT_SHIPPED);
		assertThat(reload(second).state()).as("the last unit went to the first exchange")
			.isEqualTo(CaseState.AWAITING_SHOPPER);
		this.workflow.acceptRefund(this.shopper, second.id());
		runDue();
		assertThat(reload(second).state()).isEqualTo(CaseState.COMPLETED);
		this.workflow.parcelEvent(reload(first).progress().replacement().trackingNumber(), ParcelEvent.DELIVERED, "r1");
		assertThat(reload(first).state()).isEqualTo(CaseState.COMPLETED);
	}

	@Test
	void continuesFromTheDatabaseWhateverRunsTheDeadlines() {
		ReturnCase c = open("cosmetics", "159.00", ReturnReason.CHANGED_MIND);
		assertThat(this.tasks.of(c.id())).extracting(CaseTask::kind)
			.containsExactly(TaskKind.REVIEW_TIMEOUT, TaskKind.HANDLING_OVERDUE);
		assertThat(this.tasks.of(c.id()).get(0).dueAt()).isEqualTo(c.updatedAt().plus(Duration.ofHours(48)));
	}

	@Test
	void alertsBeforeTheRefundDeadlineEscalatesAtItAndFlagsFifteenDaysEachOnce() {
		// SAMR Art. 13 and 31(3): 7 and 15 days from the day after the goods arrived, in
		// the shop's zone.
		ReturnCase c = open("apparel", "299.00", ReturnReason.CHANGED_MIND);
		runDue();
		String tracking = reload(c).progress().pickup().trackingNumber();
		this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "lc-1-" + tracking);
		this.clock.advance(DAY);
		this.shop.paymentsDown(true);
		this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "lc-2-" + tracking);
		runDue();
		c = reload(c);
		assertThat(c.state()).isEqualTo(CaseState.INSPECTED);
		Instant received = c.progress().receivedAt();
		LocalDate arrivedOn = received.atZone(SHANGHAI).toLocalDate();
		Instant due = arrivedOn.plusDays(8).atStartOfDay(SHANGHAI).toInstant();
		Instant penalty = arrivedOn.plusDays(16).atStartOfDay(SHANGHAI).toInstant();
		assertThat(this.tasks.of(c.id())).filteredOn((t) -> t.kind() != TaskKind.ISSUE_REFUND)
			.extracting(CaseTask::kind, CaseTask::dueAt)
			.containsExactly(Tuple.tuple(TaskKind.REFUND_DUE_ALERT, due.minus(Duration.ofDays(2))),
					Tuple.tuple(TaskKind.REFUND_DUE, due), Tuple.tuple(TaskKind.REFUND_OVERDUE, penalty));
		assertThat(this.notifications.legal(c)).isEmpty();

		this.clock.advance(Duration.between(this.clock.instant(), due.minus(Duration.ofDays(2))).plusMinutes(1));
		runDue();
		assertThat(this.notifications.legal(c)).containsExactly("REFUND_DUE:near");
		this.clock.advance(Duration.between(this.clock.instant(), due).plusMinutes(1));
		runDue();
		runDue();
		assertThat(this.notifications.legal(c)).containsExactly("REFUND_DUE:near", "REFUND_DUE:passed");
		this.clock.advance(Duration.between(this.clock.instant(), penalty).plusMinutes(1));
		runDue();
		assertThat(this.notifications.legal(c)).containsExactly("REFUND_DUE:near", "REFUND_DUE:passed",
				"REFUND_UNPAID_15_DAYS:passed");
		assertThat(this.flags.of(c.id())).extracting(LegalFlags.Flag::dueAt).containsExactly(due, due, penalty);

		this.shop.paymentsDown(false);
		this.clock.advance(Duration.ofHours(2));
		runDue();
		assertThat(reload(c).state()).isIn(CaseState.REFUNDED, CaseState.COMPLETED);
		assertThat(this.tasks.of(c.id())).extracting(CaseTask::kind)
			.doesNotContain(TaskKind.REFUND_DUE_ALERT, TaskKind.REFUND_DUE, TaskKind.REFUND_OVERDUE);
	}

	@Test
	void sendsARefusalTheLawForbidsToAPersonAndLogsEveryAutomatedDecisionWithItsInputs() {
		// Rules saved while the shop had no legal floor still refuse unconfirmed
		// underwear; under mainland China's profile the case goes to a person (SAMR Art.
		// 7, 20(2)).
		String shopId = this.shopper.shopId();
		this.shop.legalProfile(shopId, "NONE");
		this.ruleSets.save(shopId, RuleSetFormat.fromYaml("""
				approved-reason: {zh: 已通过。, en: Approved.}
				rules:
				  - kind: category
				    id: hygiene-excluded
				    categories: [underwear, custom-made]
				    outcome: REJECT
				    reason: {zh: 贴身衣物和定制商品不退。, en: Underwear and custom-made items are not returnable.}
				""", 0), 0, "ops", null);
		this.shop.legalProfile(shopId, "CN");
		ReturnCase underwear = open("underwear", "39.90", ReturnReason.CHANGED_MIND);
		assertThat(underwear.state()).isEqualTo(CaseState.UNDER_REVIEW);
		assertThat(underwear.progress().decision().firedRules()).containsExactly("hygiene-excluded",
				LegalFloor.FINDING_ID);
		assertThat(underwear.progress().decision().reason().zh()).contains("第七条");
		ReturnCase custom = open("custom-made", "88.00", ReturnReason.CHANGED_MIND);
		assertThat(custom.state()).isEqualTo(CaseState.REJECTED);
		assertThat(custom.progress().decision().automated()).isTrue();

		List<AutomatedDecisions.Entry> logged = this.decisions.of(shopId, Instant.EPOCH,
				this.clock.instant().plusSeconds(1), 100);
		assertThat(logged).extracting(AutomatedDecisions.Entry::caseId)
			.containsExactly(underwear.id().value(), custom.id().value());
		assertThat(logged.get(0).outcome()).isEqualTo("REVIEW");
		assertThat(logged.get(0).legalProfile()).isEqualTo("CN");
		assertThat(logged.get(0).inputs().at("/legalFloorApplied").asBoolean()).isTrue();
		assertThat(logged.get(0).inputs().at("/category").asText()).isEqualTo("underwear");
		assertThat(logged.get(0).inputs().at("/exclusionConfirmedAtPurchase").asBoolean()).isFalse();
		assertThat(logged.get(1).outcome()).isEqualTo("REJECT");
		assertThat(logged.get(1).inputs().toString()).doesNotContain(this.shopper.shopperId());

		ReturnCase disputed = this.workflow.dispute(this.shopper, custom.id(), "请人工复核");
		ReturnCase decided = this.workflow.decide(disputed.id(), Outcome.REJECT, Actor.staff("lead"),
				new LocalizedText("已复核，定制商品不退。", "Checked: custom-made items are not returnable."));
		assertThat(decided.progress().decision().automated()).as("a person's decision").isFalse();
		assertThat(this.decisions.countOf(custom.id())).isEqualTo(1);
	}

	private ReturnCase receivedAfterReview(String price) {
		ReturnCase c = open("apparel", price, ReturnReason.CHANGED_MIND);
		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		this.workflow.decide(c.id(), Outcome.APPROVE, Actor.staff("lead"), new LocalizedText("可以。", "Fine."));
		runDue();
		String tracking = reload(c).progress().pickup().trackingNumber();
		this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "in-1-" + tracking);
		this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "in-2-" + tracking);
		runDue();
		assertThat(reload(c).state()).as("worth more than is inspected on arrival").isEqualTo(CaseState.RECEIVED);
		return reload(c);
	}

	@Test
	void passesAnItemOpenedToInspectAndFailsOneWithItsTagsRemoved() {
		// SAMR Art. 8(3) and 9(3), as the warehouse records what it found.
		ReturnCase opened = receivedAfterReview("1200.00");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.workflow.inspected(opened.id(), ItemCondition.OPENED_TO_INSPECT, false,
					Actor.staff("wh"), "opened"))
			.withMessageContaining("Art. 8");
		assertThat(reload(opened).state()).as("nothing changed").isEqualTo(CaseState.RECEIVED);
		assertThat(this.workflow.inspected(opened.id(), ItemCondition.OPENED_TO_INSPECT, null, Actor.staff("wh"), null)
			.state()).isIn(CaseState.INSPECTED, CaseState.REFUNDED);

		ReturnCase tagless = receivedAfterReview("1300.00");
		ReturnCase failed = this.workflow.inspected(tagless.id(), new ItemCondition(true, false, true, false, false),
				null, Actor.staff("wh"), "吊牌已剪");
		assertThat(failed.state()).isEqualTo(CaseState.DISPUTED);
		assertThat(this.history.of(tagless.id()).getLast().reason()).contains("吊牌已剪").contains("tags were removed");
	}

	@Test
	void paysTheRefundTheSettlementShowed() {
		// 满300减30 on two items of 200: returning one leaves 200, so the kept one is
		// settled at its item price (SAMR Art. 17): 200 - 15 - 15.
		ShopOrder delivered = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "200.00", 1),
				ShopSystems.line(2, "apparel", "200.00", 1));
		ShopOrder order = this.shop
			.put(new ShopOrder(delivered.orderId(), delivered.shopper(), delivered.status(), delivered.placedAt(),
					delivered.paidAt(), delivered.deliveredAt(), delivered.currency(), delivered.lines(),
					new OrderTerms(
							List.of(new OrderTerms.Discount("满300减30", OrderTerms.Discount.Kind.SPEND_THRESHOLD,
									new BigDecimal("30"), Set.of(1, 2), new BigDecimal("300"))),
							List.of(), List.of(), null)));
		assertThat(this.workflow.settlement(this.shopper, order.orderId(), 1, 1, ReturnReason.CHANGED_MIND, Set.of())
			.refund()).isEqualByComparingTo("170");
		ReturnCase c = this.workflow.open(request(order, 1, 1, ReturnReason.CHANGED_MIND), Actor.shopper("mei"));
		assertThat(c.state()).isEqualTo(CaseState.APPROVED);
		runDue();
		String tracking = reload(c).progress().pickup().trackingNumber();
		this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "st-1-" + tracking);
		this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "st-2-" + tracking);
		runDue();
		assertThat(this.shop.refundsByKey().get("refund:" + c.id()).amount()).isEqualByComparingTo("170");
		assertThat(reload(c).progress().refund().amount()).isEqualByComparingTo("170");
	}

	@Test
	void flagsARequestNoOneHandledWithinFifteenDays() {
		// SAMR Art. 31(2): the order system is down, so the request waits unhandled.
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, ShopSystems.line(1, "apparel", "299.00", 1));
		this.shop.ordersDown(true);
		ReturnCase c = this.workflow.open(request(order, 1, 1, ReturnReason.CHANGED_MIND), Actor.shopper("mei"));
		assertThat(c.state()).isEqualTo(CaseState.REQUESTED);
		Instant threshold = c.createdAt()
			.atZone(SHANGHAI)
			.toLocalDate()
			.plusDays(16)
			.atStartOfDay(SHANGHAI)
			.toInstant();
		assertThat(this.tasks.of(c.id())).filteredOn((t) -> t.kind() == TaskKind.HANDLING_OVERDUE)
			.extracting(CaseTask::dueAt)
			.containsExactly(threshold);
		this.clock.advance(Duration.between(this.clock.instant(), threshold).minusMinutes(1));
		runDue();
		assertThat(this.notifications.legal(c)).isEmpty();
		this.clock.advance(Duration.ofMinutes(2));
		runDue();
		assertThat(this.notifications.legal(c)).containsExactly("REQUEST_UNHANDLED_15_DAYS:passed");
	}

	/**
	 * Records what the workflow publishes, as the chat's listener would see it.
	 */
	@TestConfiguration
	static class Notifications {

		private final List<Object> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ReturnCaseChanged changed) {
			this.seen.add(changed);
		}

		@EventListener
		void on(ReturnCaseDelayed delayed) {
			this.seen.add(delayed);
		}

		@EventListener
		void on(LegalDeadlineReached reached) {
			this.seen.add(reached);
		}

		List<String> legal(ReturnCase c) {
			return this.seen.stream()
				.filter((o) -> o instanceof LegalDeadlineReached reached && reached.returnCase().id().equals(c.id()))
				.map((o) -> ((LegalDeadlineReached) o).clock() + ":"
						+ (((LegalDeadlineReached) o).passed() ? "passed" : "near"))
				.toList();
		}

		List<ReturnCaseChanged> changes(ReturnCase c) {
			return this.seen.stream()
				.filter((o) -> o instanceof ReturnCaseChanged changed && changed.returnCase().id().equals(c.id()))
				.map(ReturnCaseChanged.class::cast)
				.toList();
		}

		List<String> delays(ReturnCase c) {
			return this.seen.stream()
				.filter((o) -> o instanceof ReturnCaseDelayed delayed && delayed.returnCase().id().equals(c.id()))
				.map((o) -> ((ReturnCaseDelayed) o).step())
				.toList();
		}

	}

}
