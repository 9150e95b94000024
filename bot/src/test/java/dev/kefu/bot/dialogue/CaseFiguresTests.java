package dev.kefu.bot.dialogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFiguresTests {

	private static final String SHIPPING = "现货商品 16:00 前付款当天发货，之后次日发货。";

	private static final String BEDDING = "1.5m 床选「标准款」，1.8m 床选「加大款」，2.0m 床选「特大款」。";

	@Test
	void findsTheShoppersFigureInAnAnswerThatSetsItsRuleInFiguresOfThatKind() {
		assertThat(CaseFigures.toldAndStated("晚上八点付的", SHIPPING)).contains("a time of day");
		assertThat(CaseFigures.toldAndStated("我只买了60块", "订单满 99 元包邮")).contains("a sum of money");
		assertThat(CaseFigures.toldAndStated("我就买了六十几块", "订单满 99 元包邮")).contains("a sum of money");
		assertThat(CaseFigures.toldAndStated("can they come at 7pm", "choose a slot 9:00–21:00"))
			.contains("a time of day");
		assertThat(CaseFigures.toldAndStated("孩子130高", "童装按身高选择，例如身高 110cm 选 110 码")).contains("a length or height");
	}

	@Test
	void findsNothingWhenTheAnswerStatesNoFigureOfThatKindOrATableWithoutTheShoppers() {
		assertThat(CaseFigures.toldAndStated("晚上八点付的", "订单满 99 元包邮")).isEmpty();
		assertThat(CaseFigures.toldAndStated("我家是1米8的", BEDDING)).contains("a length or height");
		assertThat(CaseFigures.toldAndStated("1.2米的", BEDDING)).isEmpty();
		assertThat(CaseFigures.toldAndStated("吃点心", SHIPPING)).isEmpty();
		assertThat(CaseFigures.toldAndStated("我们一块儿买的", "订单满 99 元包邮")).isEmpty();
	}

}
