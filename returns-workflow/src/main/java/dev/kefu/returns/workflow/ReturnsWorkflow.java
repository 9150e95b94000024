package dev.kefu.returns.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.HypotheticalRequest;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnWindow;
import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.ReturnedItem;
import dev.kefu.returns.cases.UnknownEvidence;
import dev.kefu.returns.evidence.EvidencePhoto;
import dev.kefu.returns.evidence.EvidencePhotos;
import dev.kefu.returns.law.LegalFloor;
import dev.kefu.returns.law.LegalProfile;
import dev.kefu.returns.law.RulesBelowLegalFloor;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.settlement.Settlement;
import dev.kefu.returns.shops.ShopTimeZones;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The returns module's API: open a case, and everything shoppers, staff, carriers and the
 * payment system can do to one. Each method either changes the case (stored, with its
 * history, before it returns) or throws and changes nothing.
 */
public class ReturnsWorkflow {

	private static final Actor PAYMENT = new Actor(Actor.Type.PAYMENT, "payments");

	private final ReturnCases cases;

	private final CaseTransitions transitions;

	private final CaseTaskRunner runner;

	private final CaseTasks tasks;

	private final ShopOrders orders;

	private final ApprovalRuleSets rules;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CarrierUpdates carrier;

	private final EvidencePhotos photos;

	private final ShopTimeZones zones;

	private final ReturnsSettings settings;

	ReturnsWorkflow(ReturnCases cases, CaseTransitions transitions, CaseTaskRunner runner, CaseTasks tasks,
			ShopOrders orders, ApprovalRuleSets rules, TransactionTemplate transactions, Clock clock,
			EvidencePhotos photos, ShopTimeZones zones, ReturnsSettings settings) {
		this.settings = settings;
		this.cases = cases;
		this.transitions = transitions;
		this.runner = runner;
		this.tasks = tasks;
		this.orders = orders;
		this.rules = rules;
		this.transactions = transactions;
		this.clock = clock;
		this.carrier = new CarrierUpdates(cases, transitions);
		this.photos = photos;
		this.zones = zones;
	}

	/**
	 * Opens a case and applies the rules to it at once (when the order system answers;
	 * otherwise the case waits and the rules are applied when it does). The same request
	 * key, or the same request for the same items while the first is going on, finds the
	 * case already open instead of opening another.
	 * @param request what is asked for
	 * @param actor who asks
	 * @return the case, usually already approved, under review or rejected
	 * @throws ReturnNotPossible if there is no such order line of the shopper's, or fewer
	 * units left to return than asked for
	 * @throws UnknownEvidence if a photo id names no stored photo the shopper uploaded to
	 * the shop
	 */
	public ReturnCase open(ReturnRequest request, Actor actor) {
		ShopperRef shopper = request.shopper();
		requireOwnPhotos(request);
		Optional<ReturnCase> known = this.cases.findByRequestKey(shopper.shopId(), request.requestKey());
		if (known.isPresent()) {
			return known.get();
		}
		Optional<ShopOrder> found;
		try {
			found = this.orders.findOrder(shopper.shopId(), request.orderId());
		}
		catch (RuntimeException ex) {
			// The order system is not answering: keep the request; the rules run (and the
			// item is read) when it answers again.
			return this.transactions.execute((status) -> openLocked(request, actor, null, null));
		}
		ShopOrder order = found.filter((o) -> o.belongsTo(shopper))
			.orElseThrow(() -> new ReturnNotPossible(ReturnNotPossible.Why.NO_ORDER, 0,
					"You have no order " + request.orderId() + "."));
		OrderLine line = FactsGatherer.line(order, request.lineNumber());
		ReturnCase opened = this.transactions.execute((status) -> openLocked(request, actor, order, line));
		if (opened.state() != CaseState.REQUESTED) {
			return opened;
		}
		this.tasks.of(opened.id())
			.stream()
			.filter((t) -> t.kind() == TaskKind.EVALUATE)
			.findFirst()
			.ifPresent(this.runner::run);
		return this.cases.find(opened.id()).orElseThrow();
	}

	private ReturnCase openLocked(ReturnRequest request, Actor actor, ShopOrder order, OrderLine line) {
		String shopId = request.shopper().shopId();
		this.cases.lockLine(shopId, request.orderId(), request.lineNumber());
		Optional<ReturnCase> known = this.cases.findByRequestKey(shopId, request.requestKey());
		if (known.isPresent()) {
			return known.get();
		}
		List<ReturnCase> holding = this.cases.holdingItemsOfLine(shopId, request.orderId(), request.lineNumber());
		Optional<ReturnCase> same = holding.stream()
			.filter((c) -> !c.state().isFinal() && sameRequest(c.request(), request))
			.findFirst();
		if (same.isPresent()) {
			return same.get();
		}
		if (line != null) {
			int left = line.quantity() - holding.stream().mapToInt((c) -> c.request().quantity()).sum();
			if (request.quantity() > left) {
				throw new ReturnNotPossible(
						(left == 0) ? ReturnNotPossible.Why.ALREADY_RETURNED : ReturnNotPossible.Why.FEWER_LEFT, left,
						(left == 0) ? "This item is already being returned."
								: "Only " + left + " of this item can still be returned.");
			}
		}
		var now = this.clock.instant();
		ReturnedItem item = (line != null)
				? new ReturnedItem(line.sku(), line.title(), line.category(), line.unitPrice(), order.currency())
				: ReturnedItem.unknown(request.orderId(), request.lineNumber());
		ReturnCase fresh = new ReturnCase(ReturnCaseId.random(), request, item, CaseState.REQUESTED, 0, now, now,
				CaseProgress.start(request.kind()));
		this.transitions.open(fresh, actor);
		return fresh;
	}

	/**
	 * Evidence is only a photo the shopper uploaded to this shop and that is stored: a
	 * made-up id, or someone else's photo, must not count as a photo of the problem.
	 */
	private void requireOwnPhotos(ReturnRequest request) {
		if (request.photoIds().isEmpty()) {
			return;
		}
		Set<UUID> found = this.photos.ofShopper(request.shopper(), request.photoIds())
			.stream()
			.map(EvidencePhoto::id)
			.collect(Collectors.toSet());
		List<UUID> unknown = request.photoIds().stream().filter((id) -> !found.contains(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new UnknownEvidence(unknown);
		}
	}

	/**
	 * Whether an order line can be asked to be returned now: delivered, not every unit
	 * already returned or being returned, and within the rules' return window (the
	 * longest of any reason, see {@link dev.kefu.returns.approval.RuleSet#returnWindow}).
	 * The chat offers only what passes; the rules still decide each request.
	 * @param order the shopper's order
	 * @param line one of its lines
	 * @return the answer, with the window's last day when it has closed
	 */
	public ItemEligibility eligibility(ShopOrder order, OrderLine line) {
		if (order.status() != OrderStatus.DELIVERED || order.deliveredAt() == null) {
			return ItemEligibility.of(ItemEligibility.Verdict.NOT_DELIVERED);
		}
		String shopId = order.shopper().shopId();
		int held = this.cases.holdingItemsOfLine(shopId, order.orderId(), line.lineNumber())
			.stream()
			.mapToInt((c) -> c.request().quantity())
			.sum();
		if (held >= line.quantity()) {
			return ItemEligibility.of(ItemEligibility.Verdict.ALREADY_RETURNED);
		}
		Optional<ReturnWindow> window = this.rules.current(shopId)
			.returnWindow(order.deliveredAt(), this.zones.zoneOf(shopId));
		if (window.isPresent() && !window.get().isOpen(this.clock.instant())) {
			return ItemEligibility.windowClosed(window.get().lastDay());
		}
		return ItemEligibility.of(ItemEligibility.Verdict.RETURNABLE);
	}

	private static boolean sameRequest(ReturnRequest a, ReturnRequest b) {
		return a.kind() == b.kind() && a.quantity() == b.quantity() && a.reason() == b.reason()
				&& Objects.equals(a.exchangeSku(), b.exchangeSku());
	}

	/**
	 * The shopper withdraws a request, before the parcel has left.
	 * @param shopper who asks (only their own cases)
	 * @param id the case
	 * @return the cancelled case
	 */
	public ReturnCase cancel(ShopperRef shopper, ReturnCaseId id) {
		owned(shopper, id);
		return this.transitions.fire(id,
				CaseCommand.of(CaseEvent.CANCEL, Actor.shopper(shopper.shopperId()), "Cancelled by the shopper."));
	}

	/**
	 * The shopper disputes a rejection (once): a person looks at it.
	 * @param shopper who asks
	 * @param id the case
	 * @param why what they say, or {@code null}
	 * @return the disputed case
	 */
	public ReturnCase dispute(ShopperRef shopper, ReturnCaseId id, String why) {
		owned(shopper, id);
		return this.transitions.fire(id, CaseCommand.of(CaseEvent.DISPUTE, Actor.shopper(shopper.shopperId()), why));
	}

	/**
	 * The shopper takes a refund for an exchange whose replacement is out of stock.
	 * @param shopper who asks
	 * @param id the case
	 * @return the case, now being refunded
	 */
	public ReturnCase acceptRefund(ShopperRef shopper, ReturnCaseId id) {
		owned(shopper, id);
		return this.transitions.fire(id, CaseCommand.of(CaseEvent.ACCEPT_REFUND, Actor.shopper(shopper.shopperId()),
				"The shopper takes a refund instead."));
	}

	/**
	 * A person decides a case under review, or a dispute.
	 * @param id the case
	 * @param outcome {@link Outcome#APPROVE} or {@link Outcome#REJECT}
	 * @param staff who decides
	 * @param reason what the shopper reads
	 * @return the case
	 */
	public ReturnCase decide(ReturnCaseId id, Outcome outcome, Actor staff, LocalizedText reason) {
		if (outcome == Outcome.REVIEW) {
			throw new IllegalArgumentException("A person decides APPROVE or REJECT.");
		}
		CaseEvent event = (outcome == Outcome.APPROVE) ? CaseEvent.APPROVE : CaseEvent.REJECT;
		return this.transitions.fire(id, CaseCommand.decided(event, staff, null, Decision.byPerson(outcome, reason)));
	}

	/**
	 * The warehouse's inspection of a returned item.
	 * @param id the case
	 * @param passed whether the item is as the shopper said
	 * @param inspector who inspected
	 * @param note what they found
	 * @return the case
	 */
	public ReturnCase inspected(ReturnCaseId id, boolean passed, Actor inspector, String note) {
		return this.transitions.fire(id,
				CaseCommand.of(passed ? CaseEvent.INSPECTION_PASSED : CaseEvent.INSPECTION_FAILED, inspector, note));
	}

	/**
	 * The warehouse's inspection, recorded as what it found (SAMR Art. 8, 9): for a
	 * no-reason return under a legal profile the facts decide whether the item is intact,
	 * and opening it to inspect never fails it; for other returns, {@code passed} does.
	 * @param id the case
	 * @param found what the warehouse found
	 * @param passed the inspector's verdict, or {@code null} to let the facts decide
	 * @param inspector who inspected
	 * @param note what they found, in words
	 * @return the case
	 * @throws IllegalArgumentException if the verdict fails an item the facts call
	 * intact, or no verdict is given where the facts do not decide; nothing changes
	 */
	public ReturnCase inspected(ReturnCaseId id, ItemCondition found, Boolean passed, Actor inspector, String note) {
		ReturnCase c = this.cases.find(id).orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
		LegalProfile profile = this.rules.legalProfile(c.request().shopper().shopId());
		boolean decidesByFacts = found != null && c.request().kind() == CaseKind.RETURN
				&& profile.noReasonReasons().contains(c.request().reason());
		if (!decidesByFacts) {
			if (passed == null) {
				throw new IllegalArgumentException("passed is required for this inspection");
			}
			return inspected(id, passed, inspector, note);
		}
		var notIntact = profile.notIntact(c.item().category(), found);
		if (notIntact.isEmpty() && Boolean.FALSE.equals(passed)) {
			throw new IllegalArgumentException(
					"The item is intact by what was found (SAMR Art. 8: opening it to inspect"
							+ " or trying it is not damage); record what makes it non-intact, or pass it.");
		}
		boolean intact = notIntact.isEmpty() && !Boolean.FALSE.equals(passed);
		String why = notIntact.map((p) -> p.reason().en()).orElse(null);
		String said = (note != null && !note.isBlank()) ? note : null;
		String recorded = (why != null && said != null) ? said + " " + why : (why != null) ? why : said;
		return inspected(id, intact, inspector, recorded);
	}

	/**
	 * A carrier's tracking event, for a return parcel or a replacement.
	 * @param trackingNumber the parcel
	 * @param event what happened to it
	 * @param externalEventId the carrier's event id (a redelivery changes nothing)
	 * @return the case the parcel belongs to, or empty when it is none of Kefu's
	 */
	public Optional<ReturnCase> parcelEvent(String trackingNumber, ParcelEvent event, String externalEventId) {
		return parcelEvent(null, trackingNumber, event, externalEventId);
	}

	/**
	 * A carrier's tracking event reported by a shop's system: only that shop's cases are
	 * looked at.
	 * @param shopId the shop reporting it, or {@code null} for Kefu's own carrier
	 * simulation
	 * @param trackingNumber the parcel
	 * @param event what happened to it
	 * @param externalEventId the carrier's event id (a redelivery changes nothing)
	 * @return the case the parcel belongs to, or empty when it is none of the shop's
	 * @throws EventNotAccepted if the case's state does not allow the event
	 */
	public Optional<ReturnCase> parcelEvent(String shopId, String trackingNumber, ParcelEvent event,
			String externalEventId) {
		ParcelUpdateOutcome outcome = this.carrier
			.apply(shopId, List.of(new ParcelUpdate(trackingNumber, event, externalEventId)))
			.get(0);
		if (outcome.refused() != null) {
			throw outcome.refused();
		}
		return Optional.ofNullable(outcome.returnCase());
	}

	/**
	 * A batch of carriers' tracking events, applied in order and in one transaction: how
	 * a carrier that pushes many events at once, or a tracking poll, reports. An event
	 * the case's state refuses changes nothing and does not stop the others.
	 * @param shopId the shop reporting them, or {@code null} for Kefu's own carrier
	 * simulation
	 * @param updates the events
	 * @return what each did, in the same order
	 */
	public List<ParcelUpdateOutcome> parcelEvents(String shopId, List<ParcelUpdate> updates) {
		return updates.isEmpty() ? List.of() : this.carrier.apply(shopId, updates);
	}

	/**
	 * The payment system's word on a refund.
	 * @param id the case (the refund's idempotency key names it)
	 * @param status settled or failed
	 * @param externalEventId the payment system's event id (a redelivery changes nothing)
	 * @return the case
	 */
	public ReturnCase refundResult(ReturnCaseId id, RefundStatus status, String externalEventId) {
		ReturnCase c = this.cases.find(id).orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
		RefundReceipt receipt = c.progress().refund();
		if (status == RefundStatus.SETTLED && receipt != null) {
			return this.transitions.fire(id, CaseCommand.refund(CaseEvent.REFUND_SETTLED, PAYMENT, null,
					new RefundReceipt(receipt.refundId(), receipt.amount(), status), externalEventId));
		}
		if (status == RefundStatus.FAILED) {
			return this.transitions.fire(id, CaseCommand.refund(CaseEvent.REFUND_FAILED, PAYMENT,
					"The payment system reports the refund failed.", null, externalEventId));
		}
		return c;
	}

	/**
	 * What a return would refund, line by line, for the shopper to see before confirming
	 * it (SAMR Art. 12, 14, 15, 17, 18). Return freight is what the shop charges the
	 * shopper ({@code kefu.returns.shopper-return-freight}, none by default). The refund
	 * paid follows the same settlement.
	 * @param shopper who asks (only their own orders)
	 * @param orderId the order
	 * @param lineNumber the line
	 * @param quantity units
	 * @param reason why
	 * @param giftsKept titles of gifts the shopper would keep
	 * @return the settlement
	 * @throws ReturnNotPossible if there is no such order or line of the shopper's
	 */
	public Settlement settlement(ShopperRef shopper, String orderId, int lineNumber, int quantity, ReturnReason reason,
			Set<String> giftsKept) {
		ShopOrder order = this.orders.findOrder(shopper.shopId(), orderId)
			.filter((o) -> o.belongsTo(shopper))
			.orElseThrow(() -> new ReturnNotPossible("You have no order " + orderId + "."));
		OrderLine line = FactsGatherer.line(order, lineNumber);
		if (quantity < 1 || quantity > line.quantity()) {
			throw new ReturnNotPossible("Only 1 to " + line.quantity() + " of this item can be returned.");
		}
		return Settlement.of(order, lineNumber, quantity, reason, giftsKept, this.settings.shopperReturnFreight());
	}

	/**
	 * What the shop's current rules would decide for a request that does not exist.
	 * @param shopId the shop
	 * @param request the hypothetical request
	 * @param candidate rules to try instead of the current ones, or {@code null}
	 * @return the decision, above the shop's legal floor
	 * @throws RulesBelowLegalFloor if the rules tried could refuse what the law requires
	 */
	public Decision dryRun(String shopId, HypotheticalRequest request, RuleSet candidate) {
		RuleSet ruleSet = (candidate != null) ? candidate : this.rules.current(shopId);
		this.rules.requireLawful(shopId, ruleSet);
		Instant now = this.clock.instant();
		ReturnFacts facts = request.toFacts(now, this.zones.zoneOf(shopId));
		return LegalFloor.apply(this.rules.legalProfile(shopId), ruleSet.evaluate(facts), facts, request.askedAt(now),
				request.condition());
	}

	/**
	 * Runs the deadlines and side effects that are due (the scheduler calls this; the
	 * simulation calls it with its own clock).
	 * @return how many ran
	 */
	public int runDueTasks() {
		return this.runner.runDue();
	}

	private void owned(ShopperRef shopper, ReturnCaseId id) {
		this.cases.findOwnedBy(shopper, id).orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
	}

}
