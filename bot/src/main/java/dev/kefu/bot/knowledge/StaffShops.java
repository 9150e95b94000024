package dev.kefu.bot.knowledge;

import java.util.regex.Pattern;

import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.StoredSettings;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which shop's knowledge base a staff request is about: the {@code shop} asked for, when
 * the staff member may act on it in the role, or else the first of their shops (for most
 * staff, their one shop). A shop they may not act on answers as if it did not exist.
 */
@Component
class StaffShops {

	private static final Pattern SHOP_ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

	private final Shops shops;

	StaffShops(Shops shops) {
		this.shops = shops;
	}

	/**
	 * The shop an ops request acts on.
	 * @param staff who asks
	 * @param shop the shop asked for, or {@code null}
	 * @return the shop's id
	 * @throws ShopNotFound for a shop out of the staff member's scope, or when they have
	 * none
	 */
	String forOps(Authentication staff, String shop) {
		return of(staff, shop, StaffRole.OPS);
	}

	/**
	 * Whether an agent may act on a shop.
	 * @param staff the agent
	 * @param shopId the shop
	 * @return {@code true} when it is one of theirs
	 */
	boolean agentOf(Authentication staff, String shopId) {
		return StaffUser.of(staff).scope(StaffRole.AGENT).contains(shopId);
	}

	private String of(Authentication staff, String shop, StaffRole role) {
		ShopScope scope = StaffUser.of(staff).scope(role);
		if (shop != null && !shop.isBlank()) {
			if (!SHOP_ID.matcher(shop).matches() || !scope.contains(shop)) {
				throw new ShopNotFound(SHOP_ID.matcher(shop).matches() ? shop : "(not a shop id)");
			}
			return shop;
		}
		return this.shops.all()
			.stream()
			.map(StoredSettings::shopId)
			.filter(scope::contains)
			.sorted()
			.findFirst()
			.orElseThrow(() -> new ShopNotFound("(none of yours)"));
	}

}
