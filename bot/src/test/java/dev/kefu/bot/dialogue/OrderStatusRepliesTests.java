package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.logistics.ParcelStatus;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusRepliesTests {

	private static final Instant SCANNED = Instant.parse("2026-12-01T23:30:00Z");

	private static final Map<String, ZoneId> ZONES = Map.of("shanghai-shop", ZoneId.of("Asia/Shanghai"), "london-shop",
			ZoneId.of("Europe/London"));

	@Test
	void tellsTheParcelsTimesInTheShopsTimeZone() {
		assertThat(reply("shanghai-shop")).contains("12-02 07:30");
		assertThat(reply("london-shop")).contains("12-01 23:30").doesNotContain("07:30");
	}

	@Test
	void joinsTheTrackingLineToAChineseSentenceWithoutASpace() {
		assertThat(reply("shanghai-shop")).contains("正在路上。顺丰").doesNotContain("。 ");
	}

	@Test
	void namesTheItemsOnTheOrderButtonsInTheShoppersScript() {
		ShopperRef shopper = new ShopperRef("shanghai-shop", "mei");
		List<ShopOrder> two = List.of(order("KF1", shopper, "羊毛围巾"), order("KF2", shopper, "真丝衬衫"));
		List<BotReply> replies = new OrderStatusReplies(orders(two), (shopId, orderId) -> Optional.empty(), ZONES::get)
			.replyTo(shopper, QueryText.of("我的包裹到哪裡了"));
		assertThat(replies.get(0).buttons()).extracting(BotReply.Button::label)
			.containsExactly("KF1 · 羊毛圍巾", "KF2 · 真絲襯衫");
	}

	private static ShopOrder order(String id, ShopperRef shopper, String title) {
		return new ShopOrder(id, shopper, OrderStatus.SHIPPED, SCANNED, SCANNED, null, "CNY",
				List.of(new OrderLine(1, "SKU-1", title, "apparel", new BigDecimal("199.00"), 1)));
	}

	private static ShopOrders orders(List<ShopOrder> recent) {
		return new ShopOrders() {
			@Override
			public List<ShopOrder> recentOrders(ShopperRef who, int limit) {
				return recent;
			}

			@Override
			public Optional<ShopOrder> findOrder(String shopId, String orderId) {
				return recent.stream().filter((o) -> o.orderId().equals(orderId)).findFirst();
			}

			@Override
			public String membershipTier(ShopperRef who) {
				return null;
			}
		};
	}

	private static String reply(String shop) {
		ShopperRef shopper = new ShopperRef(shop, "mei");
		ShopOrders orders = orders(List.of(order("KF20261201", shopper, "羊毛围巾")));
		ParcelTracking tracking = (shopId, orderId) -> Optional
			.of(new ParcelStatus("SF", "SF100200", "到达转运中心", SCANNED, null));
		return new OrderStatusReplies(orders, tracking, ZONES::get).replyTo(shopper, QueryText.of("我的快递到哪了 KF20261201"))
			.get(0)
			.text();
	}

}
