package dev.kefu.returns.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;

/**
 * Everything the rules look at for one request, gathered before they run so that the
 * rules themselves are pure functions.
 *
 * @param kind return or exchange
 * @param reason why the shopper sends it back
 * @param order the order
 * @param line the order line
 * @param quantity how many units of the line
 * @param evidence the photos the shopper gave
 * @param membershipTier the shopper's tier in the shop (e.g. REGULAR, VIP)
 * @param history what the shopper returned and bought before
 * @param replacementInStock units of the wanted variant in stock (exchanges), or
 * {@code null} for returns
 * @param now the time of the decision
 * @param zone the shop's time zone, in which windows are counted
 */
public record ReturnFacts(CaseKind kind, ReturnReason reason, ShopOrder order, OrderLine line, int quantity,
		EvidenceFacts evidence, String membershipTier, ShopperHistory history, Integer replacementInStock, Instant now,
		ZoneId zone) {

	public ReturnFacts {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(order, "order");
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(evidence, "evidence");
		Objects.requireNonNull(membershipTier, "membershipTier");
		Objects.requireNonNull(history, "history");
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(zone, "zone");
		if (quantity < 1 || quantity > line.quantity()) {
			throw new IllegalArgumentException("quantity must be between 1 and " + line.quantity());
		}
	}

	/**
	 * The money at stake: what was paid for the units returned.
	 * @return unit price times quantity
	 */
	public BigDecimal amount() {
		return this.line.unitPrice().multiply(BigDecimal.valueOf(this.quantity));
	}

	/**
	 * How likely the request is to be abuse, from these facts.
	 * @return the score with its signals
	 */
	public ReturnRisk risk() {
		return RiskScore.of(this);
	}

}
