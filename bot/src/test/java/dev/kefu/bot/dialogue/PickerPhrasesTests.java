package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.orders.OrderLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item picker's labels: two items that read the same are told apart.
 */
class PickerPhrasesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void namesItemsByTheirTitleAlone() {
		assertThat(PickerPhrases.labels(
				List.of(offered(1, "连衣裙", "2026-11-20T02:00:00Z"), offered(1, "牛仔裤", "2026-11-25T02:00:00Z")), SHANGHAI,
				QueryText.of("我要退货")))
			.containsExactly("连衣裙", "牛仔裤");
	}

	@Test
	void tellsTheSameItemBoughtTwiceApartByTheDayOfItsOrder() {
		assertThat(PickerPhrases.labels(
				List.of(offered(1, "连衣裙", "2026-11-20T02:00:00Z"), offered(1, "连衣裙", "2026-11-25T17:00:00Z")), SHANGHAI,
				QueryText.of("我要退货")))
			.containsExactly("连衣裙（11月20日下单）", "连衣裙（11月26日下单）");
		assertThat(PickerPhrases.labels(
				List.of(offered(1, "Dress", "2026-11-20T02:00:00Z"), offered(1, "Dress", "2026-11-25T02:00:00Z")),
				SHANGHAI, QueryText.of("I want to return it")))
			.containsExactly("Dress (ordered 20 November)", "Dress (ordered 25 November)");
		assertThat(PickerPhrases.labels(
				List.of(offered(1, "連衣裙", "2026-11-20T02:00:00Z"), offered(1, "連衣裙", "2026-11-25T02:00:00Z")), SHANGHAI,
				QueryText.of("我想退貨")))
			.containsExactly("連衣裙（11月20日下單）", "連衣裙（11月25日下單）");
	}

	@Test
	void tellsTwoOfTheSameInOneOrderApartByTheirPlace() {
		assertThat(PickerPhrases.labels(
				List.of(offered(1, "袜子", "2026-11-20T02:00:00Z"), offered(2, "袜子", "2026-11-20T02:00:00Z")), SHANGHAI,
				QueryText.of("我要退货")))
			.containsExactly("袜子（11月20日下单） 第1件", "袜子（11月20日下单） 第2件");
	}

	private static PickerPhrases.Offered offered(int line, String title, String placedAt) {
		return new PickerPhrases.Offered(
				new OrderLine(line, "SKU-" + line, title, "apparel", new BigDecimal("99.00"), 1, false, null),
				Instant.parse(placedAt));
	}

}
