package dev.kefu.returns.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an order was sold with beyond its lines: discounts, gifts, how it was paid and
 * what shipping cost. The order system reports them (all optional); the settlement of a
 * return reads them (SAMR 七日无理由退货暂行办法 Art. 12, 14, 15, 17, 18).
 *
 * @param discounts order discounts: bundles and spend-threshold offers
 * @param gifts what came free with some lines
 * @param payments how the order was paid, one entry per method
 * @param shipping what shipping cost and whether free shipping or return insurance
 * applied
 */
public record OrderTerms(List<Discount> discounts, List<Gift> gifts, List<Payment> payments, Shipping shipping) {

	/** An order sold at its line prices, paid one way, with no shipping terms. */
	public static final OrderTerms NONE = new OrderTerms(List.of(), List.of(), List.of(), Shipping.NONE);

	public OrderTerms {
		discounts = (discounts != null) ? List.copyOf(discounts) : List.of();
		gifts = (gifts != null) ? List.copyOf(gifts) : List.of();
		payments = (payments != null) ? List.copyOf(payments) : List.of();
		shipping = (shipping != null) ? shipping : Shipping.NONE;
	}

	/**
	 * A discount on a group of lines.
	 *
	 * @param label what the shop called it, as the shopper saw it (e.g. 满300减30)
	 * @param kind a bundle (only the whole set earns it) or a spend threshold (the lines
	 * must add up to {@code threshold})
	 * @param amount how much it took off
	 * @param lines the order lines it covers
	 * @param threshold the spend threshold, for {@link Kind#SPEND_THRESHOLD}
	 */
	public record Discount(String label, Kind kind, BigDecimal amount, Set<Integer> lines, BigDecimal threshold) {

		public Discount {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(amount, "amount");
			lines = (lines != null) ? Set.copyOf(lines) : Set.of();
			if (amount.signum() < 0 || lines.isEmpty()) {
				throw new IllegalArgumentException("a discount takes off a non-negative amount from named lines");
			}
			if (kind == Kind.SPEND_THRESHOLD && threshold == null) {
				throw new IllegalArgumentException("a spend-threshold discount needs its threshold");
			}
		}

		/** What earns a discount. */
		public enum Kind {

			/** Buying the whole set (套装). */
			BUNDLE,

			/** Spending at least the threshold on the covered lines (满减). */
			SPEND_THRESHOLD

		}

	}

	/**
	 * Something given free with lines (赠品): goods, points or a coupon.
	 *
	 * @param title its name, as the shopper saw it
	 * @param kind goods, points or coupon
	 * @param disclosedPrice the price stated for it at sale, or {@code null} when none
	 * was (then nothing may be charged for it, SAMR Art. 12)
	 * @param lines the lines it came with
	 */
	public record Gift(String title, Kind kind, BigDecimal disclosedPrice, Set<Integer> lines) {

		public Gift {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(kind, "kind");
			lines = (lines != null) ? Set.copyOf(lines) : Set.of();
			if (disclosedPrice != null && disclosedPrice.signum() < 0) {
				throw new IllegalArgumentException("a gift's price must not be negative");
			}
		}

		/** What a gift is. */
		public enum Kind {

			/** A physical gift. */
			GOODS,

			/** Points given. */
			POINTS,

			/** A coupon or voucher given. */
			COUPON

		}

	}

	/**
	 * One way the order was paid.
	 *
	 * @param label the method as the shopper knows it (支付宝, WeChat Pay, 积分)
	 * @param amount how much was paid that way
	 * @param stored whether it is points, a coupon or a voucher (given back in kind, SAMR
	 * Art. 15) rather than money
	 */
	public record Payment(String label, BigDecimal amount, boolean stored) {

		public Payment {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(amount, "amount");
			if (amount.signum() < 0) {
				throw new IllegalArgumentException("a payment must not be negative");
			}
		}

	}

	/**
	 * What shipping cost.
	 *
	 * @param waived the shipping fee the order did not pay because it reached free
	 * shipping, or zero
	 * @param freeShippingThreshold the spend that earned free shipping, or {@code null}
	 * @param returnInsured whether the order carries return-shipping insurance (运费险)
	 */
	public record Shipping(BigDecimal waived, BigDecimal freeShippingThreshold, boolean returnInsured) {

		/** No free shipping, no insurance. */
		public static final Shipping NONE = new Shipping(BigDecimal.ZERO, null, false);

		public Shipping {
			waived = (waived != null) ? waived : BigDecimal.ZERO;
		}

	}

}
