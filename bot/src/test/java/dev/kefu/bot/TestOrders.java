package dev.kefu.bot;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivered orders of the demo shop, written into the local orders adapter's tables for a
 * test's own shopper, so tests never share (or use up) the demo shoppers' orders.
 */
public final class TestOrders {

	private TestOrders() {
	}

	/**
	 * Stores a delivered order.
	 * @param jdbc the database
	 * @param shopperId whose order
	 * @param deliveredDaysAgo days since delivery (placed three days before)
	 * @param lines its lines, numbered from 1
	 * @return the order number
	 */
	public static String delivered(JdbcClient jdbc, String shopperId, int deliveredDaysAgo, Line... lines) {
		String orderId = "KT" + (System.nanoTime() % 10_000_000_000L);
		jdbc.sql(
				"""
						insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, delivered_at, currency)
						values ('demo-shop', ?, ?, 'DELIVERED', now() - make_interval(days => ?), now() - make_interval(days => ?),
						        now() - make_interval(days => ?), 'CNY')
						""")
			.params(orderId, shopperId, deliveredDaysAgo + 3, deliveredDaysAgo + 3, deliveredDaysAgo)
			.update();
		int number = 1;
		for (Line line : lines) {
			jdbc.sql(
					"""
							insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity)
							values ('demo-shop', ?, ?, ?, ?, ?, ?::numeric, ?)
							""")
				.params(orderId, number++, line.sku(), line.title(), line.category(), line.price(), line.quantity())
				.update();
		}
		return orderId;
	}

	/**
	 * A line of a test order.
	 *
	 * @param sku the variant
	 * @param title its title
	 * @param category its category
	 * @param price unit price
	 * @param quantity units
	 */
	public record Line(String sku, String title, String category, String price, int quantity) {

		public static Line of(String sku, String title, String category, String price) {
			return new Line(sku, title, category, price, 1);
		}

	}

}
