package dev.kefu.returns.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.law.Article;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.OrderTerms;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettlementTests {

	private static final Instant AT = Instant.parse("2028-02-28T15:59:00Z");

	private static final OrderLine DRESS = new OrderLine(1, "DRS-1", "碎花连衣裙", "apparel", new BigDecimal("200"), 1);

	private static final OrderLine SHIRT = new OrderLine(2, "SHT-1", "亚麻衬衫", "apparel", new BigDecimal("200"), 1);

	private static final OrderLine SOCKS = new OrderLine(3, "SCK-1", "棉袜", "apparel", new BigDecimal("50"), 2);

	private static ShopOrder order(OrderTerms terms, OrderLine... lines) {
		return new ShopOrder("KF1", new ShopperRef("demo-shop", "mei"), OrderStatus.DELIVERED, AT, AT, AT, "CNY",
				List.of(lines), terms);
	}

	private static OrderTerms terms(List<OrderTerms.Discount> discounts, List<OrderTerms.Gift> gifts,
			List<OrderTerms.Payment> payments, OrderTerms.Shipping shipping) {
		return new OrderTerms(discounts, gifts, payments, shipping);
	}

	private static BigDecimal money(String value) {
		return new BigDecimal(value);
	}

	@Test
	void refundsThePricePaidAndChargesReturnFreightToTheShopperByLaw() {
		Settlement s = Settlement.of(order(OrderTerms.NONE, DRESS), 1, 1, ReturnReason.CHANGED_MIND, Set.of(),
				money("12"));
		assertThat(s.refund()).isEqualByComparingTo("188");
		assertThat(s.lines()).extracting(Settlement.Line::article).containsExactly(Article.SAMR_17, Article.SAMR_18);
		assertThat(s.lines().get(0).text().zh()).contains("碎花连衣裙").doesNotContain("DRS-1");
		assertThat(s.destinations()).singleElement()
			.satisfies((d) -> assertThat(d.amount()).isEqualByComparingTo("188"));
	}

	@Test
	void saysSoWhenTheShopCarriesTheReturnFreight() {
		Settlement s = Settlement.of(order(OrderTerms.NONE, DRESS), 1, 1, ReturnReason.CHANGED_MIND, Set.of(), null);
		assertThat(s.refund()).isEqualByComparingTo("200");
		assertThat(s.lines().get(1).text().zh()).contains("本店承担");
		assertThat(s.lines().get(1).article()).isEqualTo(Article.SAMR_18);
	}

	@Test
	void letsTheShopPayReturnFreightForAFaultOrTheInsuranceCoverIt() {
		assertThat(Settlement.of(order(OrderTerms.NONE, DRESS), 1, 1, ReturnReason.QUALITY_ISSUE, Set.of(), money("12"))
			.refund()).isEqualByComparingTo("200");
		OrderTerms insured = terms(List.of(), List.of(), List.of(), new OrderTerms.Shipping(null, null, true));
		assertThat(
				Settlement.of(order(insured, DRESS), 1, 1, ReturnReason.CHANGED_MIND, Set.of(), money("12")).refund())
			.isEqualByComparingTo("200");
	}

	@Test
	void recalculatesASpendThresholdDiscountThePartialReturnBreaksAtItemPrices() {
		// 满300减30 on 200 + 200: returning one leaves 200, below 300 (SAMR Art. 17(2)).
		OrderTerms offer = terms(List.of(new OrderTerms.Discount("满300减30", OrderTerms.Discount.Kind.SPEND_THRESHOLD,
				money("30"), Set.of(1, 2), money("300"))), List.of(), List.of(), null);
		Settlement s = Settlement.of(order(offer, DRESS, SHIRT), 1, 1, ReturnReason.CHANGED_MIND, Set.of(), null);
		assertThat(s.lines()).extracting(Settlement.Line::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(money("200"), money("-15"), money("-15"), money("0"));
		assertThat(s.refund()).isEqualByComparingTo("170");
		assertThat(s.lines().get(2).text().zh()).contains("亚麻衬衫").contains("多退少补");
		// Three items of 200: returning one still leaves 400, so only its share goes.
		OrderLine third = new OrderLine(3, "SHT-2", "亚麻衬衫 白", "apparel", money("200"), 1);
		OrderTerms three = terms(List.of(new OrderTerms.Discount("满300减30", OrderTerms.Discount.Kind.SPEND_THRESHOLD,
				money("30"), Set.of(1, 2, 3), money("300"))), List.of(), List.of(), null);
		assertThat(Settlement.of(order(three, DRESS, SHIRT, third), 1, 1, ReturnReason.CHANGED_MIND, Set.of(), null)
			.refund()).isEqualByComparingTo("190");
	}

	@Test
	void readsWordForWordAsItAlwaysHasInBothLanguages() {
		// The words moved to the returns bundle: each line as the code used to build it.
		OrderTerms bundle = terms(
				List.of(new OrderTerms.Discount("套装立减", OrderTerms.Discount.Kind.BUNDLE, money("40"), Set.of(1, 2, 3),
						null)),
				List.of(new OrderTerms.Gift("帆布袋", OrderTerms.Gift.Kind.GOODS, null, Set.of(1))), List.of(), null);
		Settlement s = Settlement.of(order(bundle, DRESS, SHIRT, SOCKS), 1, 1, ReturnReason.CHANGED_MIND, Set.of(),
				money("12"));
		assertThat(s.lines()).extracting((l) -> l.text().zh(), (l) -> l.text().en())
			.containsExactly(Tuple.tuple("「碎花连衣裙」× 1，按购买时价格", "1 × 碎花连衣裙, at the price paid"),
					Tuple.tuple("「套装立减」优惠中分摊到这件商品的部分", "The part of the '套装立减' discount that went to this item"),
					Tuple.tuple("退货后不再满足「套装立减」，留下的「亚麻衬衫」、「棉袜」按购买时各商品价格结算（多退少补）",
							"Without this item the '套装立减' discount no longer applies, so what you keep (亚麻衬衫, 棉袜)"
									+ " is settled at its item prices"),
					Tuple.tuple("赠品「帆布袋」请随商品一并寄回", "Send the free 帆布袋 back with the item"),
					Tuple.tuple("退货运费依法由您承担（上门取件费用）", "Return shipping is yours to pay by law (the doorstep pickup)"));
		assertThat(s.lines()).allSatisfy((l) -> assertThat(l.text().zhHant()).isNull());
		assertThat(s.destinations()).singleElement()
			.satisfies((d) -> assertThat(d.method().en()).isEqualTo("the way you paid"))
			.satisfies((d) -> assertThat(d.method().zh()).isEqualTo("原支付方式"));
	}

	@Test
	void recalculatesABundleItBreaks() {
		OrderTerms bundle = terms(List
			.of(new OrderTerms.Discount("套装立减", OrderTerms.Discount.Kind.BUNDLE, money("40"), Set.of(1, 2), null)),
				List.of(), List.of(), null);
		Settlement s = Settlement.of(order(bundle, DRESS, SHIRT), 2, 1, ReturnReason.WRONG_SIZE, Set.of(), null);
		assertThat(s.refund()).isEqualByComparingTo("160");
		assertThat(s.lines().get(2).text().en()).contains("碎花连衣裙");
	}

	@Test
	void asksForGiftsBackOrDeductsOnlyTheirDisclosedPrice() {
		// SAMR Art. 12.
		OrderTerms gifts = terms(List.of(),
				List.of(new OrderTerms.Gift("收纳袋", OrderTerms.Gift.Kind.GOODS, money("9.90"), Set.of(1)),
						new OrderTerms.Gift("发圈", OrderTerms.Gift.Kind.GOODS, null, Set.of(1)),
						new OrderTerms.Gift("50 积分", OrderTerms.Gift.Kind.POINTS, null, Set.of(2))),
				List.of(), null);
		Settlement returned = Settlement.of(order(gifts, DRESS, SHIRT), 1, 1, ReturnReason.CHANGED_MIND, Set.of(),
				null);
		assertThat(returned.refund()).isEqualByComparingTo("200");
		assertThat(returned.lines()).filteredOn((l) -> l.article() == Article.SAMR_12).hasSize(2);
		Settlement kept = Settlement.of(order(gifts, DRESS, SHIRT), 1, 1, ReturnReason.CHANGED_MIND,
				Set.of("收纳袋", "发圈"), null);
		assertThat(kept.refund()).as("only the stated price is charged").isEqualByComparingTo("190.10");
	}

	@Test
	void deductsFreeShippingTheReturnBreaks() {
		OrderTerms free = terms(List.of(), List.of(), List.of(),
				new OrderTerms.Shipping(money("10"), money("99"), false));
		assertThat(Settlement.of(order(free, SOCKS), 3, 1, ReturnReason.CHANGED_MIND, Set.of(), null).refund())
			.as("50 left, below 99")
			.isEqualByComparingTo("40");
		assertThat(Settlement.of(order(free, DRESS, SOCKS), 3, 1, ReturnReason.CHANGED_MIND, Set.of(), null).refund())
			.as("250 left")
			.isEqualByComparingTo("50");
	}

	@Test
	void refundsEachPaymentMethodItsShareAndPointsInKind() {
		// SAMR Art. 14 and 15: 180 by Alipay and 20 in points.
		OrderTerms paid = terms(List.of(), List.of(), List.of(new OrderTerms.Payment("支付宝", money("180"), false),
				new OrderTerms.Payment("积分", money("20"), true)), null);
		Settlement s = Settlement.of(order(paid, DRESS), 1, 1, ReturnReason.CHANGED_MIND, Set.of(), money("10"));
		assertThat(s.refund()).isEqualByComparingTo("190");
		assertThat(s.destinations()).extracting((d) -> d.method().zh(), Settlement.Destination::inKind)
			.containsExactly(Tuple.tuple("支付宝", false), Tuple.tuple("积分", true));
		assertThat(s.destinations()).extracting(Settlement.Destination::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(money("171"), money("19"));
	}

	@Test
	void refusesALineOrQuantityTheOrderDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> Settlement.of(order(OrderTerms.NONE, DRESS), 9, 1, ReturnReason.CHANGED_MIND, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Settlement.of(order(OrderTerms.NONE, DRESS), 1, 2, ReturnReason.CHANGED_MIND, null, null));
	}

}
