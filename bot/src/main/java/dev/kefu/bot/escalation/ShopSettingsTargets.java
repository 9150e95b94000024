package dev.kefu.bot.escalation;

import java.time.Duration;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;

/**
 * A shop's first-response targets: its settings give one per priority (0 safety to 3
 * asked for a person), and a reason takes its priority's; a shop that set none has the
 * application's ({@code kefu.escalation.first-response-targets}, issue 18's table by
 * default).
 */
final class ShopSettingsTargets implements EscalationTargets {

	private final Shops shops;

	private final EscalationSettings defaults;

	ShopSettingsTargets(Shops shops, EscalationSettings defaults) {
		this.shops = shops;
		this.defaults = defaults;
	}

	@Override
	public Duration firstResponse(String shopId, EscalationReason reason) {
		ShopSettings.Escalation own = this.shops.of(shopId).escalation();
		if (own == null || own.firstResponseTargets().isEmpty()) {
			return this.defaults.target(reason);
		}
		return own.target(reason.priority());
	}

}
