package dev.kefu.returns.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.ReturnsWords;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.law.Article;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderTerms;
import dev.kefu.returns.orders.ShopOrder;

/**
 * What a return refunds, line by line, before the shopper confirms it: the price paid for
 * the item (SAMR Art. 17(1)), a bundle or spend-threshold discount the return breaks
 * recalculated at item prices (Art. 17(2)), gifts sent back or their stated price paid
 * (Art. 12), return freight by rule (Art. 18; a faulty item's by the shop, CPL Art. 24),
 * and where the money goes: the way the shopper paid (Art. 14, 15).
 *
 * @param lines the settlement, line by line, each with its article
 * @param refund what the shopper gets back (never below zero)
 * @param currency the order's currency
 * @param destinations where the refund goes
 */
public record Settlement(List<Line> lines, BigDecimal refund, String currency, List<Destination> destinations) {

	/** Reasons that make the goods the shop's problem (CPL Art. 24, SAMR Art. 35). */
	static final Set<ReturnReason> SHOPS_FAULT = Set.of(ReturnReason.QUALITY_ISSUE, ReturnReason.DAMAGED_IN_TRANSIT,
			ReturnReason.WRONG_ITEM, ReturnReason.NOT_AS_DESCRIBED);

	public Settlement {
		lines = List.copyOf(lines);
		destinations = List.copyOf(destinations);
	}

	/**
	 * Settles a return.
	 * @param order the order
	 * @param lineNumber the line returned
	 * @param quantity units returned
	 * @param reason why
	 * @param giftsKept titles of gifts the shopper keeps
	 * @param returnFreight what the shop charges the shopper for sending it back (the
	 * shopper's by law, Art. 18); zero or {@code null} when the shop carries it
	 * @return the settlement
	 */
	public static Settlement of(ShopOrder order, int lineNumber, int quantity, ReturnReason reason,
			Set<String> giftsKept, BigDecimal returnFreight) {
		Objects.requireNonNull(order, "order");
		OrderLine line = order.lines()
			.stream()
			.filter((l) -> l.lineNumber() == lineNumber)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("the order has no line " + lineNumber));
		if (quantity < 1 || quantity > line.quantity()) {
			throw new IllegalArgumentException("quantity must be between 1 and " + line.quantity());
		}
		OrderTerms terms = order.terms();
		String cur = order.currency();
		List<Line> lines = new ArrayList<>();
		BigDecimal returned = line.unitPrice().multiply(BigDecimal.valueOf(quantity));
		lines.add(new Line(ReturnsWords.text("settlement.returned", line.title(), String.valueOf(quantity)), returned,
				Article.SAMR_17));
		for (OrderTerms.Discount discount : terms.discounts()) {
			if (!discount.lines().contains(lineNumber)) {
				continue;
			}
			BigDecimal covered = order.lines()
				.stream()
				.filter((l) -> discount.lines().contains(l.lineNumber()))
				.map(OrderLine::lineTotal)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (covered.signum() == 0) {
				continue;
			}
			BigDecimal share = discount.amount().multiply(returned).divide(covered, 2, RoundingMode.HALF_UP);
			lines.add(new Line(ReturnsWords.text("settlement.discount-share", discount.label()), share.negate(),
					Article.SAMR_17));
			BigDecimal kept = covered.subtract(returned);
			boolean broken = switch (discount.kind()) {
				case BUNDLE -> true;
				case SPEND_THRESHOLD -> kept.compareTo(discount.threshold()) < 0;
			};
			if (broken && kept.signum() > 0) {
				List<String> keptTitles = order.lines()
					.stream()
					.filter((l) -> discount.lines().contains(l.lineNumber())
							&& (l.lineNumber() != lineNumber || quantity < l.quantity()))
					.map(OrderLine::title)
					.toList();
				lines.add(new Line(
						new LocalizedText(
								ReturnsWords.say(Locale.SIMPLIFIED_CHINESE, "settlement.discount-broken",
										discount.label(), titles(keptTitles, Locale.SIMPLIFIED_CHINESE)),
								ReturnsWords.say(Locale.ENGLISH, "settlement.discount-broken", discount.label(),
										titles(keptTitles, Locale.ENGLISH))),
						discount.amount().subtract(share).negate(), Article.SAMR_17));
			}
		}
		for (OrderTerms.Gift gift : terms.gifts()) {
			if (!gift.lines().contains(lineNumber)) {
				continue;
			}
			boolean keeps = giftsKept != null && giftsKept.contains(gift.title());
			if (!keeps) {
				lines.add(new Line(switch (gift.kind()) {
					case GOODS -> ReturnsWords.text("settlement.gift-send-back", gift.title());
					case POINTS, COUPON -> ReturnsWords.text("settlement.gift-taken-back", gift.title());
				}, BigDecimal.ZERO, Article.SAMR_12));
			}
			else if (gift.disclosedPrice() != null) {
				lines.add(new Line(ReturnsWords.text("settlement.gift-kept-priced", gift.title()),
						gift.disclosedPrice().negate(), Article.SAMR_12));
			}
			else {
				lines.add(new Line(ReturnsWords.text("settlement.gift-kept-unpriced", gift.title()), BigDecimal.ZERO,
						Article.SAMR_12));
			}
		}
		OrderTerms.Shipping shipping = terms.shipping();
		if (SHOPS_FAULT.contains(reason)) {
			lines.add(new Line(ReturnsWords.text("settlement.freight-shops-fault"), BigDecimal.ZERO, Article.SAMR_18));
		}
		else {
			if (shipping.returnInsured()) {
				lines.add(new Line(ReturnsWords.text("settlement.freight-insured"), BigDecimal.ZERO, Article.SAMR_18));
			}
			else if (returnFreight != null && returnFreight.signum() > 0) {
				lines.add(new Line(ReturnsWords.text("settlement.freight-shoppers"), returnFreight.negate(),
						Article.SAMR_18));
			}
			else {
				lines.add(new Line(ReturnsWords.text("settlement.freight-free-pickup"), BigDecimal.ZERO,
						Article.SAMR_18));
			}
			BigDecimal keptGoods = order.total().subtract(returned);
			if (shipping.waived().signum() > 0 && shipping.freeShippingThreshold() != null
					&& keptGoods.compareTo(shipping.freeShippingThreshold()) < 0) {
				lines.add(new Line(ReturnsWords.text("settlement.free-shipping-lost"), shipping.waived().negate(),
						Article.SAMR_18));
			}
		}
		BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal refund = total.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		return new Settlement(lines, refund, cur, destinations(terms.payments(), refund));
	}

	private static String titles(List<String> titles, Locale locale) {
		return String.join(ReturnsWords.say(locale, "settlement.kept-separator"),
				titles.stream().map((t) -> ReturnsWords.say(locale, "settlement.kept-title", t)).toList());
	}

	/** SAMR Art. 14: back the way it was paid, each method its share; Art. 15 in kind. */
	private static List<Destination> destinations(List<OrderTerms.Payment> payments, BigDecimal refund) {
		BigDecimal paid = payments.stream().map(OrderTerms.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (payments.isEmpty() || paid.signum() == 0) {
			return List.of(new Destination(ReturnsWords.text("settlement.paid-way"), refund, false));
		}
		List<Destination> destinations = new ArrayList<>();
		BigDecimal left = refund;
		for (int i = 0; i < payments.size(); i++) {
			OrderTerms.Payment p = payments.get(i);
			BigDecimal share = (i == payments.size() - 1) ? left
					: refund.multiply(p.amount()).divide(paid, 2, RoundingMode.HALF_UP);
			left = left.subtract(share);
			destinations.add(new Destination(new LocalizedText(p.label(), p.label()), share, p.stored()));
		}
		return destinations;
	}

	/**
	 * One line of the settlement.
	 *
	 * @param text what it is, with the item's or gift's name
	 * @param amount what it adds to (positive) or takes from (negative) the refund
	 * @param article the article it follows
	 */
	public record Line(LocalizedText text, BigDecimal amount, Article article) {
	}

	/**
	 * Where part of the refund goes.
	 *
	 * @param method the payment method, as the shopper knows it
	 * @param amount how much
	 * @param inKind points, a coupon or a voucher given back as such (SAMR Art. 15)
	 */
	public record Destination(LocalizedText method, BigDecimal amount, boolean inKind) {
	}

}
