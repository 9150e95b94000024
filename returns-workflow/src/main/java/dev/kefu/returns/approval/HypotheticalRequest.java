package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ItemCondition;
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
 * @param placedAt when the order was placed (date, time and offset), or {@code null} to
 * count {@code orderAgeDays} back from when it was signed for (or asked)
 * @param signedAt when the parcel was signed for, or {@code null} to use
 * {@code deliveredDaysAgo}
 * @param requestedAt when the shopper asks, or {@code null} for now
 * @param confirmedAtPurchase whether the order line records the shopper's confirmation at
 * purchase that the item is excluded from no-reason returns (SAMR Art. 7)
 * @param condition the item's state as the shopper confirms it, or {@code null}
 */
public record HypotheticalRequest(CaseKind kind, ReturnReason reason, String category, String sku, BigDecimal unitPrice,
		int quantity, int orderAgeDays, Integer deliveredDaysAgo, int photos, Integer reusedPhotos,
		String membershipTier, int returnsLast30Days, Integer replacementInStock, OffsetDateTime placedAt,
		OffsetDateTime signedAt, OffsetDateTime requestedAt, boolean confirmedAtPurchase, ItemCondition condition) {

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
		if (placedAt != null && signedAt != null && signedAt.isBefore(placedAt)) {
			throw new IllegalArgumentException("signedAt must not be before placedAt");
		}
		if (signedAt != null && requestedAt != null && requestedAt.isBefore(signedAt)) {
			throw new IllegalArgumentException("requestedAt must not be before signedAt");
		}
		if (placedAt != null && requestedAt != null && requestedAt.isBefore(placedAt)) {
			throw new IllegalArgumentException("requestedAt must not be before placedAt");
		}
	}

	/**
	 * A request counted in whole days back from now.
	 * @param kind return or exchange
	 * @param reason the reason
	 * @param category the product's category
	 * @param sku the product's SKU
	 * @param unitPrice price per unit
	 * @param quantity units returned
	 * @param orderAgeDays days since the order was placed
	 * @param deliveredDaysAgo days since delivery, or {@code null}
	 * @param photos photos given
	 * @param reusedPhotos photos used on another case, or {@code null}
	 * @param membershipTier the shopper's tier
	 * @param returnsLast30Days the shopper's other returns in the last 30 days
	 * @param replacementInStock units in stock (exchanges)
	 */
	public HypotheticalRequest(CaseKind kind, ReturnReason reason, String category, String sku, BigDecimal unitPrice,
			int quantity, int orderAgeDays, Integer deliveredDaysAgo, int photos, Integer reusedPhotos,
			String membershipTier, int returnsLast30Days, Integer replacementInStock) {
		this(kind, reason, category, sku, unitPrice, quantity, orderAgeDays, deliveredDaysAgo, photos, reusedPhotos,
				membershipTier, returnsLast30Days, replacementInStock, null, null, null, false, null);
	}

	/**
	 * When the shopper asks in this request.
	 * @param now the time it is
	 * @return {@code requestedAt}, or now
	 */
	public Instant askedAt(Instant now) {
		return (this.requestedAt != null) ? this.requestedAt.toInstant() : now;
	}

	/**
	 * The facts the rules would see.
	 * @param now the time to pretend it is, unless the request says when it is asked
	 * @param zone the shop's time zone
	 * @return the facts
	 */
	public ReturnFacts toFacts(Instant now, ZoneId zone) {
		Instant asked = askedAt(now);
		Instant delivered = (this.signedAt != null) ? this.signedAt.toInstant()
				: (this.deliveredDaysAgo != null) ? asked.minus(Duration.ofDays(this.deliveredDaysAgo)) : null;
		Instant placed = (this.placedAt != null) ? this.placedAt.toInstant()
				: asked.minus(Duration.ofDays(this.orderAgeDays));
		if (delivered != null && delivered.isBefore(placed)) {
			placed = delivered;
		}
		OrderLine line = new OrderLine(1, this.sku, "dry run", this.category, this.unitPrice, this.quantity,
				this.confirmedAtPurchase);
		ShopOrder order = new ShopOrder("DRY-RUN", new ShopperRef("dry-run", "dry-run"),
				(delivered != null) ? OrderStatus.DELIVERED : OrderStatus.SHIPPED, placed, placed, delivered, "CNY",
				List.of(line));
		List<ShopperHistory.Dated> returns = new ArrayList<>();
		for (int i = 0; i < this.returnsLast30Days; i++) {
			returns.add(new ShopperHistory.Dated(asked.minus(Duration.ofDays(1)), BigDecimal.ZERO));
		}
		return new ReturnFacts(this.kind, this.reason, order, line, this.quantity,
				new EvidenceFacts(this.photos, this.reusedPhotos), this.membershipTier,
				new ShopperHistory(returns, List.of()), this.replacementInStock, asked, zone);
	}

}
