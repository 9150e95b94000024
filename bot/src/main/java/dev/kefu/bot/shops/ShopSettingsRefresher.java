package dev.kefu.bot.shops;

import java.time.Duration;

import dev.kefu.bot.background.PeriodicWork;

import org.springframework.stereotype.Component;

/**
 * Picks up shop settings another node saved.
 */
@Component
class ShopSettingsRefresher extends PeriodicWork {

	private final Shops shops;

	private final ShopsSettings settings;

	ShopSettingsRefresher(Shops shops, ShopsSettings settings) {
		super("kefu-shop-settings");
		this.shops = shops;
		this.settings = settings;
	}

	@Override
	protected void runOnce() {
		this.shops.refresh();
	}

	@Override
	protected Duration interval() {
		return this.settings.refreshInterval();
	}

}
