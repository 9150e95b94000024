package dev.kefu.bot.escalation;

import java.time.Duration;

/**
 * Every shop has the targets of {@code kefu.escalation.first-response-targets}, until
 * shops have settings of their own.
 */
final class SettingsEscalationTargets implements EscalationTargets {

	private final EscalationSettings settings;

	SettingsEscalationTargets(EscalationSettings settings) {
		this.settings = settings;
	}

	@Override
	public Duration firstResponse(String shopId, EscalationReason reason) {
		return this.settings.target(reason);
	}

}
