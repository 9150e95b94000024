package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the shopper returned and bought before, for rules about frequent returners.
 *
 * @param returns their earlier return and exchange requests that hold items
 * @param purchases their orders
 * @param parcelClaims those of the earlier requests that said a parcel came damaged or
 * held the wrong item
 */
public record ShopperHistory(List<Dated> returns, List<Dated> purchases, List<Dated> parcelClaims) {

	/** A shopper with no history. */
	public static final ShopperHistory NONE = new ShopperHistory(List.of(), List.of());

	public ShopperHistory {
		returns = List.copyOf(returns);
		purchases = List.copyOf(purchases);
		parcelClaims = List.copyOf(parcelClaims);
	}

	/**
	 * A history with no parcel claims among the returns.
	 * @param returns earlier requests
	 * @param purchases orders
	 */
	public ShopperHistory(List<Dated> returns, List<Dated> purchases) {
		this(returns, purchases, List.of());
	}

	/**
	 * An amount at a time: a return's value when requested, an order's total when placed.
	 *
	 * @param at when
	 * @param amount how much
	 */
	public record Dated(Instant at, BigDecimal amount) {
	}

	long returnsSince(Instant since) {
		return this.returns.stream().filter((r) -> !r.at().isBefore(since)).count();
	}

	long parcelClaimsSince(Instant since) {
		return this.parcelClaims.stream().filter((r) -> !r.at().isBefore(since)).count();
	}

	BigDecimal returnedSince(Instant since) {
		return sum(this.returns, since);
	}

	BigDecimal boughtSince(Instant since) {
		return sum(this.purchases, since);
	}

	private static BigDecimal sum(List<Dated> amounts, Instant since) {
		return amounts.stream()
			.filter((d) -> !d.at().isBefore(since))
			.map(Dated::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
