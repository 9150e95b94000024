package dev.kefu.returns.workflow;

import java.time.Clock;
import java.util.List;

import dev.kefu.returns.approval.EvidenceFacts;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ShopperHistory;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.shops.ShopTimeZones;

/**
 * Gathers what the rules look at, from the order system, the inventory and the shopper's
 * earlier cases. Any of them may be down: the caller retries.
 */
class FactsGatherer {

	private static final int PURCHASES_LOOKED_AT = 100;

	private final ShopOrders orders;

	private final Inventory inventory;

	private final ReturnCases cases;

	private final Clock clock;

	private final ShopTimeZones zones;

	FactsGatherer(ShopOrders orders, Inventory inventory, ReturnCases cases, Clock clock, ShopTimeZones zones) {
		this.orders = orders;
		this.inventory = inventory;
		this.cases = cases;
		this.clock = clock;
		this.zones = zones;
	}

	ReturnFacts gather(ReturnCase c) {
		ShopperRef shopper = c.request().shopper();
		ShopOrder order = this.orders.findOrder(shopper.shopId(), c.request().orderId())
			.filter((o) -> o.belongsTo(shopper))
			.orElseThrow(() -> new ReturnNotPossible("Order " + c.request().orderId() + " is no longer found."));
		OrderLine line = line(order, c.request().lineNumber());
		List<ShopperHistory.Dated> purchases = this.orders.recentOrders(shopper, PURCHASES_LOOKED_AT)
			.stream()
			.map((o) -> new ShopperHistory.Dated(o.placedAt(), o.total()))
			.toList();
		Integer inStock = (c.request().kind() == CaseKind.EXCHANGE)
				? this.inventory.available(shopper.shopId(), c.request().exchangeSku()) : null;
		int photos = (int) c.request().photoIds().stream().distinct().count();
		EvidenceFacts evidence = new EvidenceFacts(photos, this.cases.photosCitedElsewhere(c));
		return new ReturnFacts(c.request().kind(), c.request().reason(), order, line, c.request().quantity(), evidence,
				this.orders.membershipTier(shopper), this.cases.historyOf(shopper, c.id(), purchases), inStock,
				this.clock.instant(), this.zones.zoneOf(shopper.shopId()));
	}

	static OrderLine line(ShopOrder order, int lineNumber) {
		return order.lines()
			.stream()
			.filter((l) -> l.lineNumber() == lineNumber)
			.findFirst()
			.orElseThrow(() -> new ReturnNotPossible("Order " + order.orderId() + " has no line " + lineNumber + "."));
	}

}
