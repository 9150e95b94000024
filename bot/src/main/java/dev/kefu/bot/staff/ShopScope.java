package dev.kefu.bot.staff;

import java.util.Set;

/**
 * The shops a staff member may act on for one role: every shop, or some.
 *
 * @param all whether every shop
 * @param shops the shops, when not every shop
 */
public record ShopScope(boolean all, Set<String> shops) {

	/** No shop at all. */
	public static final ShopScope NONE = new ShopScope(false, Set.of());

	/** Every shop. */
	public static final ShopScope ALL = new ShopScope(true, Set.of());

	public ShopScope {
		shops = Set.copyOf(shops);
	}

	/**
	 * Whether a shop is in scope.
	 * @param shopId the shop
	 * @return {@code true} when it is
	 */
	public boolean contains(String shopId) {
		return this.all || this.shops.contains(shopId);
	}

	/**
	 * The shops as an SQL array parameter, for {@code (? or shop_id = any(?))}.
	 * @return the shop ids
	 */
	public String[] array() {
		return this.shops.toArray(String[]::new);
	}

	/**
	 * Whether no shop is in scope.
	 * @return {@code true} when none
	 */
	public boolean isEmpty() {
		return !this.all && this.shops.isEmpty();
	}

}
