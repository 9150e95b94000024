package dev.kefu.returns.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnsWords;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseDelayed;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.ReturnedItem;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.law.LegalClock;
import dev.kefu.returns.law.LegalDeadlineReached;
import dev.kefu.returns.law.LegalFloor;
import dev.kefu.returns.law.LegalProfile;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementRequest;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.logistics.Shipment;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.payments.Refunds;
import dev.kefu.returns.settlement.Settlement;
import dev.kefu.returns.shops.ShopTimeZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one due task: calls the other system it needs (carrier, payment, inventory) with a
 * key that makes a repeat harmless, then sends the case the event that follows. A failed
 * call is retried later with growing, jittered waits; a task whose case has moved on is
 * dropped.
 */
class CaseTaskRunner {

	private static final Logger logger = LoggerFactory.getLogger(CaseTaskRunner.class);

	private static final Actor CARRIER = new Actor(Actor.Type.CARRIER, "pickups");

	private static final Actor PAYMENT = new Actor(Actor.Type.PAYMENT, "refunds");

	private static final Actor WAREHOUSE = new Actor(Actor.Type.WAREHOUSE, "fulfilment");

	private final ReturnCases cases;

	private final CaseTasks tasks;

	private final CaseTransitions transitions;

	private final FactsGatherer facts;

	private final ApprovalRuleSets rules;

	private final Pickups pickups;

	private final Refunds refunds;

	private final Inventory inventory;

	private final ReplacementShipments shipments;

	private final ApplicationEventPublisher events;

	private final ReturnsSettings settings;

	private final Clock clock;

	private final LegalFlags flags;

	private final AutomatedDecisions decisions;

	private final ShopOrders orders;

	private final ShopTimeZones zones;

	private final TransactionTemplate transactions;

	CaseTaskRunner(ReturnCases cases, CaseTasks tasks, CaseTransitions transitions, FactsGatherer facts,
			ApprovalRuleSets rules, Pickups pickups, Refunds refunds, Inventory inventory,
			ReplacementShipments shipments, ApplicationEventPublisher events, ReturnsSettings settings, Clock clock,
			LegalFlags flags, ShopTimeZones zones, AutomatedDecisions decisions, ShopOrders orders,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.orders = orders;
		this.flags = flags;
		this.decisions = decisions;
		this.zones = zones;
		this.cases = cases;
		this.tasks = tasks;
		this.transitions = transitions;
		this.facts = facts;
		this.rules = rules;
		this.pickups = pickups;
		this.refunds = refunds;
		this.inventory = inventory;
		this.shipments = shipments;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Takes and runs the tasks due now.
	 * @return how many were taken
	 */
	int runDue() {
		var due = this.tasks.takeDue(this.clock.instant(), this.settings.tasks().batchSize(),
				this.settings.tasks().lease());
		due.forEach(this::run);
		return due.size();
	}

	void run(CaseTask task) {
		ReturnCase c = this.cases.find(task.caseId()).orElse(null);
		if (c == null) {
			this.tasks.remove(task);
			return;
		}
		try {
			perform(task, c);
		}
		catch (EventNotAccepted ex) {
			// The case moved on (a cancel raced the deadline): the task belonged to a
			// state it
			// has left.
			this.tasks.remove(task);
		}
		catch (RuntimeException ex) {
			Duration wait = backoff(task.attempts());
			logger.warn("Return case " + c.id() + ": " + task.kind() + " failed (attempt " + task.attempts()
					+ "), retrying in " + wait + ": " + ex.getMessage());
			// In one transaction: the registry stores the publication with the retry, and
			// delivers it (the shopper hears of the delay) once that commits.
			this.transactions.executeWithoutResult((status) -> {
				this.tasks.retryLater(task, this.clock.instant().plus(wait), ex.toString());
				if (task.attempts() == 1) {
					this.events.publishEvent(new ReturnCaseDelayed(c, task.kind().name()));
				}
			});
		}
	}

	private void perform(CaseTask task, ReturnCase c) {
		switch (task.kind()) {
			case EVALUATE -> evaluate(c);
			case REVIEW_TIMEOUT -> fire(c, CaseCommand.of(CaseEvent.REVIEW_EXPIRED, Actor.SYSTEM,
					"No one reviewed it within " + this.settings.reviewTimeout() + "; approved automatically."));
			case BOOK_PICKUP -> {
				PickupBooking booking = this.pickups.book(new PickupRequest("pickup:" + c.id(), c.request().shopper(),
						c.request().orderId(), c.item().sku(), c.request().quantity()));
				fire(c, CaseCommand.pickupBooked(CARRIER, booking));
			}
			case PICKUP_REMINDER -> fire(c, CaseCommand.of(CaseEvent.REMIND, Actor.SYSTEM, "Pickup deadline is near."));
			case PICKUP_EXPIRY -> fire(c, CaseCommand.of(CaseEvent.PICKUP_EXPIRED, Actor.SYSTEM,
					"The parcel was not handed over within " + this.settings.pickupDeadline() + " of approval."));
			case AUTO_INSPECT -> fire(c, CaseCommand.of(CaseEvent.INSPECTION_PASSED, Actor.SYSTEM,
					"Worth at most " + this.settings.autoInspectUpTo() + ": passed on arrival."));
			case ISSUE_REFUND -> issueRefund(c);
			case SETTLEMENT_CHECK -> checkSettlement(task, c);
			case SHIP_REPLACEMENT -> shipReplacement(c);
			case REPLACEMENT_TIMEOUT -> fire(c, CaseCommand.of(CaseEvent.REPLACEMENT_DELIVERED, Actor.SYSTEM,
					"No delivery problem reported within " + this.settings.replacementDeliveryTimeout() + "."));
			case REFUND_DUE_ALERT -> legalClock(task, c, LegalClock.REFUND_DUE, false);
			case REFUND_DUE -> legalClock(task, c, LegalClock.REFUND_DUE, true);
			case REFUND_OVERDUE -> legalClock(task, c, LegalClock.REFUND_UNPAID_15_DAYS, true);
			case HANDLING_OVERDUE -> legalClock(task, c, LegalClock.REQUEST_UNHANDLED_15_DAYS, true);
			case CANCEL_PICKUP -> {
				this.pickups.cancel(c.progress().pickup().bookingId());
				this.tasks.remove(task);
			}
		}
	}

	private void evaluate(ReturnCase c) {
		ReturnFacts gathered;
		try {
			gathered = this.facts.gather(c);
		}
		catch (ReturnNotPossible ex) {
			// Only possible for a request kept while the order system was down: the order
			// or line turned out not to exist, or not to be the shopper's.
			Decision notFound = Decision.bySystem(Outcome.REJECT, "order-line-not-found",
					ReturnsWords.text("case.order-line-not-found"));
			fire(c, CaseCommand.decided(CaseEvent.SUBMIT, Actor.SYSTEM, ex.getMessage(), notFound));
			this.decisions.record(c, null, notFound, this.rules.legalProfile(c.request().shopper().shopId()).code(),
					this.clock.instant());
			return;
		}
		ReturnCase known = c;
		if (!c.item().known()) {
			var line = gathered.line();
			known = this.cases.withItem(c, new ReturnedItem(line.sku(), line.title(), line.category(), line.unitPrice(),
					gathered.order().currency()));
			int held = this.cases
				.holdingItemsOfLine(c.request().shopper().shopId(), c.request().orderId(), c.request().lineNumber())
				.stream()
				.filter((other) -> !other.id().equals(c.id()))
				.mapToInt((other) -> other.request().quantity())
				.sum();
			if (held + c.request().quantity() > line.quantity()) {
				Decision alreadyHeld = Decision.bySystem(Outcome.REJECT, "already-being-returned",
						ReturnsWords.text("case.already-being-returned"));
				fire(known,
						CaseCommand.decided(CaseEvent.SUBMIT, Actor.SYSTEM, "Already being returned.", alreadyHeld));
				this.decisions.record(known, gathered, alreadyHeld,
						this.rules.legalProfile(c.request().shopper().shopId()).code(), this.clock.instant());
				return;
			}
		}
		String shopId = c.request().shopper().shopId();
		// The legal floor (SAMR Art. 6, 7, 10; CPL Art. 25): a refusal the law does not
		// allow goes to a person instead, counted from when the shopper asked.
		LegalProfile profile = this.rules.legalProfile(shopId);
		Decision decision = LegalFloor.apply(profile, this.rules.current(shopId).evaluate(gathered), gathered,
				c.createdAt(), c.request().condition());
		fire(known, CaseCommand.decided(CaseEvent.SUBMIT, Actor.SYSTEM, null, decision));
		// PIPL Art. 24: logged with its inputs once it took effect.
		this.decisions.record(known, gathered, decision, profile.code(), this.clock.instant());
	}

	/**
	 * Alerts before a legal deadline, escalates at it (SAMR Art. 13), flags a 15-day
	 * penalty threshold (Art. 31): once per case, clock and stage, however often the case
	 * re-enters a state that carries the clock.
	 */
	private void legalClock(CaseTask task, ReturnCase c, LegalClock clock, boolean passed) {
		String shopId = c.request().shopper().shopId();
		var due = this.rules.legalProfile(shopId).due(clock, c, this.zones.zoneOf(shopId));
		if (due.isPresent() && this.flags.record(c.id(), clock, passed, due.get(), this.clock.instant())) {
			this.events.publishEvent(new LegalDeadlineReached(c, clock, due.get(), passed));
		}
		this.tasks.remove(task);
	}

	private void issueRefund(ReturnCase c) {
		RefundReceipt receipt = this.refunds.refund(new RefundRequest(refundKey(c), c.request().shopper().shopId(),
				c.request().orderId(), refundAmount(c), c.item().currency()));
		if (receipt.status() == RefundStatus.FAILED) {
			fire(c, CaseCommand.refund(CaseEvent.REFUND_FAILED, PAYMENT, "The payment system refused the refund.",
					receipt, null));
			return;
		}
		ReturnCase refunded = fire(c, CaseCommand.refund(CaseEvent.REFUND_ISSUED, PAYMENT, null,
				new RefundReceipt(receipt.refundId(), receipt.amount(), RefundStatus.PENDING), null));
		if (receipt.status() == RefundStatus.SETTLED) {
			fire(refunded, CaseCommand.refund(CaseEvent.REFUND_SETTLED, PAYMENT, null, receipt, null));
		}
	}

	/**
	 * What the refund pays: the settlement the shopper was shown (SAMR Art. 12, 17, 18),
	 * gifts assumed sent back; the item's amount for a refund without return, or when the
	 * order is no longer found.
	 */
	private BigDecimal refundAmount(ReturnCase c) {
		if (c.progress().keepItem()) {
			return c.amount();
		}
		var shopper = c.request().shopper();
		var order = this.orders.findOrder(shopper.shopId(), c.request().orderId())
			.filter((o) -> o.belongsTo(shopper))
			.orElse(null);
		if (order == null) {
			return c.amount();
		}
		return Settlement
			.of(order, c.request().lineNumber(), c.request().quantity(), c.request().reason(), Set.of(),
					this.settings.shopperReturnFreight())
			.refund();
	}

	private void checkSettlement(CaseTask task, ReturnCase c) {
		RefundReceipt pending = c.progress().refund();
		RefundStatus status = this.refunds.status(pending.refundId());
		switch (status) {
			case SETTLED -> fire(c, CaseCommand.refund(CaseEvent.REFUND_SETTLED, PAYMENT, null,
					new RefundReceipt(pending.refundId(), pending.amount(), status), null));
			case FAILED -> fire(c, CaseCommand.refund(CaseEvent.REFUND_FAILED, PAYMENT,
					"The payment system reports the refund failed.", null, null));
			case PENDING ->
				this.tasks.retryLater(task, this.clock.instant().plus(this.settings.settlementCheck()), null);
		}
	}

	private void shipReplacement(ReturnCase c) {
		String shopId = c.request().shopper().shopId();
		if (!this.inventory.reserve(shopId, c.request().exchangeSku(), c.request().quantity(), "exchange:" + c.id())) {
			fire(c, CaseCommand.of(CaseEvent.REPLACEMENT_UNAVAILABLE, WAREHOUSE, "The replacement is out of stock."));
			return;
		}
		Shipment shipment = this.shipments.ship(new ReplacementRequest("replacement:" + c.id(), c.request().shopper(),
				c.request().orderId(), c.request().exchangeSku(), c.request().quantity()));
		fire(c, CaseCommand.replacementShipped(WAREHOUSE, shipment));
	}

	private ReturnCase fire(ReturnCase c, CaseCommand command) {
		return this.transitions.fire(c, command);
	}

	static String refundKey(ReturnCase c) {
		return c.id().refundKey();
	}

	private Duration backoff(int attempts) {
		Duration first = this.settings.tasks().firstRetry();
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = first.multipliedBy(factor);
		if (wait.compareTo(this.settings.tasks().maxRetry()) > 0) {
			wait = this.settings.tasks().maxRetry();
		}
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (wait.toMillis() * jitter));
	}

}
