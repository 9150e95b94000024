package dev.kefu.bot.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kefu.bot.staff.StaffRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode settings.
 *
 * @param enabled whether demo tokens may be issued and demo staff accounts are created
 * @param shopId the demo shop; it must be configured with an HMAC secret under
 * {@code kefu.security.shopper-tokens.shops}
 * @param shoppers the only shopper ids a demo token may be issued for
 * @param tokenLifetime how long a demo token is valid
 * @param staff staff accounts created at start when missing
 * @param otherShops further demo shops, each with its own shoppers (and settings in
 * {@code demo/shops/<id>.json})
 */
@ConfigurationProperties("kefu.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("demo-shop") String shopId,
		@DefaultValue List<String> shoppers, @DefaultValue("12h") Duration tokenLifetime,
		@DefaultValue List<StaffAccount> staff, @DefaultValue List<DemoShop> otherShops) {

	/**
	 * Every demo shop, the main one first.
	 * @return the shops
	 */
	public List<DemoShop> shops() {
		List<DemoShop> all = new ArrayList<>();
		all.add(new DemoShop(this.shopId, this.shoppers));
		all.addAll(this.otherShops);
		return all;
	}

	/**
	 * A demo staff account.
	 *
	 * @param username login name
	 * @param password password
	 * @param roles roles in every shop
	 * @param shops per shop, the roles there
	 * @param platformAdmin whether it manages shops
	 */
	public record StaffAccount(String username, String password, @DefaultValue Set<StaffRole> roles,
			@DefaultValue Map<String, Set<StaffRole>> shops, @DefaultValue("false") boolean platformAdmin) {
	}

	/**
	 * A demo shop.
	 *
	 * @param id its id
	 * @param shoppers the shopper ids a demo token may be issued for
	 */
	public record DemoShop(String id, @DefaultValue List<String> shoppers) {
	}

}
