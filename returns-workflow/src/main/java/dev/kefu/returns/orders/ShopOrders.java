package dev.kefu.returns.orders;

import java.util.List;
import java.util.Optional;

/**
 * Port to the shop's order system. Implementations live in the integrations module (a
 * local, table-backed adapter for the embedded default and an HTTP adapter for a shop's
 * own system).
 */
public interface ShopOrders {

	/**
	 * The shopper's most recent orders, newest first.
	 * @param shopper whose orders
	 * @param limit the most to return
	 * @return up to {@code limit} orders
	 */
	List<ShopOrder> recentOrders(ShopperRef shopper, int limit);

	/**
	 * One order of a shop by its number, whoever placed it: callers check
	 * {@link ShopOrder#belongsTo(ShopperRef)} before showing it to a shopper.
	 * @param shopId the shop
	 * @param orderId the shop's order number
	 * @return the order, or empty when the shop has no such order
	 */
	Optional<ShopOrder> findOrder(String shopId, String orderId);

	/**
	 * The shopper's membership tier in the shop; rules may treat tiers differently (VIP
	 * shoppers get auto-approval at higher amounts).
	 * @param shopper the shopper
	 * @return the tier's name, {@code REGULAR} when the shop has none for them
	 */
	String membershipTier(ShopperRef shopper);

}
