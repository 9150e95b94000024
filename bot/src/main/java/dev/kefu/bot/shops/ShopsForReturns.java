package dev.kefu.bot.shops;

import java.time.ZoneId;

import dev.kefu.returns.shops.ShopLegalProfiles;
import dev.kefu.returns.shops.ShopTimeZones;

import org.springframework.stereotype.Component;

/**
 * The returns module learns each shop's time zone and legal profile from the shop
 * settings.
 */
@Component
class ShopsForReturns implements ShopTimeZones, ShopLegalProfiles {

	private final Shops shops;

	ShopsForReturns(Shops shops) {
		this.shops = shops;
	}

	@Override
	public ZoneId zoneOf(String shopId) {
		return this.shops.zoneOf(shopId);
	}

	@Override
	public String legalProfileOf(String shopId) {
		return this.shops.of(shopId).legalProfile();
	}

}
