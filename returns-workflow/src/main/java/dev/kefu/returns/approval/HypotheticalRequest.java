package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;

/**
 * A request that does not exist, for trying rules out (the dry run): "what would the
 * rules say to a VIP returning opened cosmetics worth 800 ten days after delivery?".
 *
 * @param kind return or exchange
 * @param reason the reason
 * @param category the product's category
 * @param sku the product's SKU
 * @param unitPrice price per unit
 * @param quantity units returned
 * @param orderAgeDays days since the order was placed
 * @param deliveredDaysAgo days since delivery, or {@code null} when not delivered
 * @param photos photos given
 * @param reusedPhotos how many of them are already evidence on another case, or
 * {@code null} for none
 * @param membershipTier the shopper's tier
 * @param returnsLast30Days the shopper's other returns in the last 30 days
 * @param replacementInStock units of the wanted variant in stock (exchanges)
 */
public record HypotheticalRequest(CaseKind kind, ReturnReason reason, String category, String sku, BigDecimal unitPrice,
		int quantity, int orderAgeDays, Integer deliveredDaysAgo, int photos, Integer reusedPhotos,
		String membershipTier, int returnsLast30Days, Integer replacementInStock) {

	public HypotheticalRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(unitPrice, "unitPrice");
		sku = (sku != null) ? sku : "DRY-RUN";
		reusedPhotos = (reusedPhotos != null) ? reusedPhotos : 0;
		membershipTier = (membershipTier != null) ? membershipTier : "REGULAR";
		if (quantity < 1 || orderAgeDays < 0 || photos < 0 || returnsLast30Days < 0 || unitPrice.signum() < 0) {
			throw new IllegalArgumentException(
					"quantity must be positive; unitPrice, orderAgeDays, photos and returnsLast30Days not negative");
		}
		if (reusedPhotos < 0 || reusedPhotos > photos) {
			throw new IllegalArgumentException("reusedPhotos must be between 0 and photos");
		}
		if (deliveredDaysAgo != null && (deliveredDaysAgo < 0 || deliveredDaysAgo > orderAgeDays)) {
			throw new IllegalArgumentException("deliveredDaysAgo must be between 0 and orderAgeDays");
		}
	}

	/**
	 * The facts the rules would see.
	 * @param now the time to pretend it is
	 * @param zone the shop's time zone
	 * @return the facts
	 */
	public ReturnFacts toFacts(Instant now, ZoneId zone) {
		Instant placed = now.minus(Duration.ofDays(this.orderAgeDays));
		Instant delivered = (this.deliveredDaysAgo != null) ? now.minus(Duration.ofDays(this.deliveredDaysAgo)) : null;
		OrderLine line = new OrderLine(1, this.sku, "dry run", this.category, this.unitPrice, this.quantity);
		ShopOrder order = new ShopOrder("DRY-RUN", new ShopperRef("dry-run", "dry-run"),
				(delivered != null) ? OrderStatus.DELIVERED : OrderStatus.SHIPPED, placed, placed, delivered, "CNY",
				List.of(line));
		List<ShopperHistory.Dated> returns = new ArrayList<>();
		for (int i = 0; i < this.returnsLast30Days; i++) {
			returns.add(new ShopperHistory.Dated(now.minus(Duration.ofDays(1)), BigDecimal.ZERO));
		}
		return new ReturnFacts(this.kind, this.reason, order, line, this.quantity,
				new EvidenceFacts(this.photos, this.reusedPhotos), this.membershipTier,
				new ShopperHistory(returns, List.of()), this.replacementInStock, now, zone);
	}

}
