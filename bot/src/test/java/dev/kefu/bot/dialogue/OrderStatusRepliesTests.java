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

	private static String reply(String shop) {
		ShopperRef shopper = new ShopperRef(shop, "mei");
		ShopOrder order = new ShopOrder("KF20261201", shopper, OrderStatus.SHIPPED, SCANNED, SCANNED, null, "CNY",
				List.of(new OrderLine(1, "SKU-1", "羊毛围巾", "apparel", new BigDecimal("199.00"), 1)));
		ShopOrders orders = new ShopOrders() {
			@Override
			public List<ShopOrder> recentOrders(ShopperRef who, int limit) {
				return List.of(order);
			}

			@Override
			public Optional<ShopOrder> findOrder(String shopId, String orderId) {
				return Optional.of(order);
			}

			@Override
			public String membershipTier(ShopperRef who) {
				return null;
			}
		};
		ParcelTracking tracking = (shopId, orderId) -> Optional
			.of(new ParcelStatus("SF", "SF100200", "到达转运中心", SCANNED, null));
		return new OrderStatusReplies(orders, tracking, ZONES::get).replyTo(shopper, QueryText.of("我的快递到哪了 KF20261201"))
			.get(0)
			.text();
	}

}
