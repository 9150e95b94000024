package dev.kefu.bot.escalation;

import java.time.Instant;
import java.time.ZoneId;

import dev.kefu.bot.shops.Shops;

/**
 * A shop's hours as its settings give them: its weekly opening spans and holidays, in its
 * time zone.
 */
final class ShopSettingsHours implements ShopHours {

	private final Shops shops;

	ShopSettingsHours(Shops shops) {
		this.shops = shops;
	}

	@Override
	public boolean isOpen(String shopId, Instant at) {
		return this.shops.isOpen(shopId, at);
	}

	@Override
	public Instant nextOpening(String shopId, Instant at) {
		// A shop that opens on none of the next 60 days has not set its hours up; its
		// requests are not held back for it.
		return this.shops.nextOpening(shopId, at).orElse(at);
	}

	@Override
	public ZoneId zone(String shopId) {
		return this.shops.zoneOf(shopId);
	}

}
