package dev.kefu.returns.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.kefu.returns.approval.LocalizedText;
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
		lines.add(new Line(new LocalizedText("「" + line.title() + "」× " + quantity + "，按购买时价格",
				quantity + " × " + line.title() + ", at the price paid"), returned, Article.SAMR_17));
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
			lines.add(new Line(
					new LocalizedText("「" + discount.label() + "」优惠中分摊到这件商品的部分",
							"The part of the '" + discount.label() + "' discount that went to this item"),
					share.negate(), Article.SAMR_17));
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
								"退货后不再满足「" + discount.label() + "」，留下的" + quote(keptTitles, "、") + "按购买时各商品价格结算（多退少补）",
								"Without this item the '" + discount.label()
										+ "' discount no longer applies, so what you keep ("
										+ String.join(", ", keptTitles) + ") is settled at its item prices"),
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
					case GOODS -> new LocalizedText("赠品「" + gift.title() + "」请随商品一并寄回",
							"Send the free " + gift.title() + " back with the item");
					case POINTS, COUPON -> new LocalizedText("随商品赠送的「" + gift.title() + "」将收回",
							"The " + gift.title() + " given with the item is taken back");
				}, BigDecimal.ZERO, Article.SAMR_12));
			}
			else if (gift.disclosedPrice() != null) {
				lines.add(new Line(
						new LocalizedText("您留下赠品「" + gift.title() + "」，按购买时标明的赠品价格扣除",
								"You keep the free " + gift.title() + ": its price stated at sale is deducted"),
						gift.disclosedPrice().negate(), Article.SAMR_12));
			}
			else {
				lines.add(new Line(
						new LocalizedText("赠品「" + gift.title() + "」购买时没有标明价格，留下也不扣款，但请尽量寄回",
								"No price was stated for the free " + gift.title()
										+ " at sale, so keeping it costs nothing; please send it back if you can"),
						BigDecimal.ZERO, Article.SAMR_12));
			}
		}
		OrderTerms.Shipping shipping = terms.shipping();
		if (SHOPS_FAULT.contains(reason)) {
			lines.add(new Line(
					new LocalizedText("退货运费由本店承担（商品问题）", "Return shipping is on the shop (a problem with the goods)"),
					BigDecimal.ZERO, Article.SAMR_18));
		}
		else {
			if (shipping.returnInsured()) {
				lines.add(new Line(
						new LocalizedText("退货运费由运费险承担", "Return shipping is covered by the shipping insurance"),
						BigDecimal.ZERO, Article.SAMR_18));
			}
			else if (returnFreight != null && returnFreight.signum() > 0) {
				lines.add(new Line(
						new LocalizedText("退货运费依法由您承担（上门取件费用）",
								"Return shipping is yours to pay by law (the doorstep pickup)"),
						returnFreight.negate(), Article.SAMR_18));
			}
			else {
				lines.add(new Line(
						new LocalizedText("退货运费由本店承担，上门取件免费",
								"Return shipping is on the shop: the doorstep pickup is free"),
						BigDecimal.ZERO, Article.SAMR_18));
			}
			BigDecimal keptGoods = order.total().subtract(returned);
			if (shipping.waived().signum() > 0 && shipping.freeShippingThreshold() != null
					&& keptGoods.compareTo(shipping.freeShippingThreshold()) < 0) {
				lines.add(new Line(new LocalizedText("退货后订单不再满足包邮条件，扣除原运费",
						"Without this item the order no longer reaches free shipping, so its shipping fee is deducted"),
						shipping.waived().negate(), Article.SAMR_18));
			}
		}
		BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal refund = total.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		return new Settlement(lines, refund, cur, destinations(terms.payments(), refund));
	}

	private static String quote(List<String> titles, String separator) {
		return "「" + String.join("」" + separator + "「", titles) + "」";
	}

	/** SAMR Art. 14: back the way it was paid, each method its share; Art. 15 in kind. */
	private static List<Destination> destinations(List<OrderTerms.Payment> payments, BigDecimal refund) {
		BigDecimal paid = payments.stream().map(OrderTerms.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (payments.isEmpty() || paid.signum() == 0) {
			return List.of(new Destination(new LocalizedText("原支付方式", "the way you paid"), refund, false));
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
