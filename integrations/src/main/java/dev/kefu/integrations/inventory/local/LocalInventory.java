package dev.kefu.integrations.inventory.local;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.VariantLabel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock kept in Kefu's own table. A reservation takes units in the same transaction that
 * records its key, so reserving twice with one key takes them once.
 */
class LocalInventory implements Inventory {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LocalInventory(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int available(String shopId, String sku) {
		return this.jdbc.sql("select available from local_stock where shop_id = ? and sku = ?")
			.params(shopId, sku)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	@Override
	public boolean reserve(String shopId, String sku, int quantity, String reservationKey) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int recorded = this.jdbc.sql("""
					insert into local_stock_reservations (shop_id, reservation_key, sku, quantity, created_at)
					values (?, ?, ?, ?, ?) on conflict do nothing
					""").params(shopId, reservationKey, sku, quantity, Timestamp.from(this.clock.instant())).update();
			if (recorded == 0) {
				return this.jdbc
					.sql("select not released from local_stock_reservations where shop_id = ? and reservation_key = ?")
					.params(shopId, reservationKey)
					.query(Boolean.class)
					.single();
			}
			int taken = this.jdbc.sql("""
					update local_stock set available = available - ? where shop_id = ? and sku = ? and available >= ?
					""").params(quantity, shopId, sku, quantity).update();
			if (taken == 0) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		}));
	}

	@Override
	public void release(String shopId, String reservationKey) {
		this.transactions.executeWithoutResult((status) -> this.jdbc.sql("""
				with released as (
				    update local_stock_reservations set released = true
				    where shop_id = ? and reservation_key = ? and not released
				    returning shop_id, sku, quantity)
				update local_stock s set available = s.available + released.quantity
				from released where s.shop_id = released.shop_id and s.sku = released.sku
				""").params(shopId, reservationKey).update());
	}

	/**
	 * Variants of one product share the SKU's first two parts ({@code DRS-0231-M-BLU} and
	 * {@code DRS-0231-S-BLU}): the local catalogue's convention.
	 */
	@Override
	public List<Variant> otherVariants(String shopId, String sku) {
		String[] parts = sku.split("-");
		if (parts.length < 3) {
			return List.of();
		}
		String product = parts[0] + "-" + parts[1] + "-";
		return this.jdbc
			.sql("""
					select sku, available, variant_zh, variant_en from local_stock where shop_id = ? and starts_with(sku, ?) and sku <> ? order by sku
					""")
			.params(shopId, product, sku)
			.query((rs, i) -> new Variant(rs.getString("sku"), rs.getInt("available"),
					VariantLabel.ofNullable(rs.getString("variant_zh"), rs.getString("variant_en"))))
			.list();
	}

}
