package dev.kefu.integrations.orders.local;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.orders.VariantLabel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders read from Kefu's own {@code local_orders} tables, so that the product runs with
 * no shop system at all.
 */
class LocalShopOrders implements ShopOrders {

	private static final String SELECT_ORDERS = """
			select o.order_id, o.shop_id, o.shopper_id, o.status, o.placed_at, o.paid_at, o.delivered_at, o.currency,
			       l.line_number, l.sku, l.title, l.category, l.unit_price, l.quantity, l.exclusion_confirmed,
			       l.variant_zh, l.variant_en, l.listing_image_url
			from local_orders o
			left join local_order_lines l on l.order_id = o.order_id and l.shop_id = o.shop_id
			""";

	private final JdbcClient jdbc;

	LocalShopOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ShopOrder> recentOrders(ShopperRef shopper, int limit) {
		List<String> orderIds = this.jdbc.sql("""
				select order_id from local_orders where shop_id = ? and shopper_id = ?
				order by placed_at desc, order_id limit ?
				""").params(shopper.shopId(), shopper.shopperId(), limit).query(String.class).list();
		if (orderIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT_ORDERS
				+ " where o.shop_id = ? and o.order_id = any(?) order by o.placed_at desc, o.order_id, l.line_number")
			.params(shopper.shopId(), orderIds.toArray(String[]::new))
			.query(LocalShopOrders::assemble);
	}

	@Override
	public Optional<ShopOrder> findOrder(String shopId, String orderId) {
		List<ShopOrder> found = this.jdbc
			.sql(SELECT_ORDERS + " where o.shop_id = ? and o.order_id = ? order by l.line_number")
			.params(shopId, orderId)
			.query(LocalShopOrders::assemble);
		return found.stream().findFirst();
	}

	@Override
	public String membershipTier(ShopperRef shopper) {
		return this.jdbc.sql("select tier from local_shoppers where shop_id = ? and shopper_id = ?")
			.params(shopper.shopId(), shopper.shopperId())
			.query(String.class)
			.optional()
			.orElse("REGULAR");
	}

	private static List<ShopOrder> assemble(ResultSet rows) throws SQLException {
		Map<String, ShopOrder> headers = new LinkedHashMap<>();
		Map<String, List<OrderLine>> lines = new LinkedHashMap<>();
		while (rows.next()) {
			String orderId = rows.getString("order_id");
			if (!headers.containsKey(orderId)) {
				headers.put(orderId, readHeader(rows));
				lines.put(orderId, new ArrayList<>());
			}
			if (rows.getObject("line_number") != null) {
				lines.get(orderId)
					.add(new OrderLine(rows.getInt("line_number"), rows.getString("sku"), rows.getString("title"),
							rows.getString("category"), rows.getBigDecimal("unit_price"), rows.getInt("quantity"),
							rows.getBoolean("exclusion_confirmed"),
							VariantLabel.ofNullable(rows.getString("variant_zh"), rows.getString("variant_en")),
							(rows.getString("listing_image_url") != null)
									? URI.create(rows.getString("listing_image_url")) : null));
			}
		}
		return headers.values()
			.stream()
			.map((header) -> new ShopOrder(header.orderId(), header.shopper(), header.status(), header.placedAt(),
					header.paidAt(), header.deliveredAt(), header.currency(), lines.get(header.orderId())))
			.toList();
	}

	private static ShopOrder readHeader(ResultSet rows) throws SQLException {
		return new ShopOrder(rows.getString("order_id"),
				new ShopperRef(rows.getString("shop_id"), rows.getString("shopper_id")),
				OrderStatus.valueOf(rows.getString("status")), instant(rows.getTimestamp("placed_at")),
				instant(rows.getTimestamp("paid_at")), instant(rows.getTimestamp("delivered_at")),
				rows.getString("currency"), List.of());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
