package dev.kefu.returns.shops;

import java.time.ZoneId;

/**
 * The shops' time zones (the application's shop settings).
 */
public interface ShopTimeZones {

	/**
	 * A shop's time zone.
	 * @param shopId the shop
	 * @return its zone
	 */
	ZoneId zoneOf(String shopId);

}
