package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations reach people.
 *
 * @param enabled whether the bot hands conversations to people at all
 * @param vipTiers per shop id, the membership tiers offered a person as soon as the bot
 * fails them once, for a shop whose settings name none
 * @param firstResponseTargets how soon a person should first answer, per reason, for a
 * shop whose settings give no targets (reasons left out keep their defaults: 1 min for
 * safety, legal threats, anger, VIPs and rising negativity; 3 min for payments, parcels,
 * privacy, disputes, reviews, long waits and repeats; 5 min when asked or after the bot
 * failed twice)
 * @param atRiskShare the share of the target after which a waiting conversation is
 * flagged to agents and counted as at risk
 * @param disconnectGrace how long an agent may be gone (all consoles closed) before their
 * conversations go back to the queue
 * @param presenceInterval how often each node records its connected agents, and sweeps
 * @param defaultWait the wait quoted to shoppers before any conversation was claimed
 */
@ConfigurationProperties("kefu.escalation")
public record EscalationSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue Map<String, List<String>> vipTiers,
		@DefaultValue Map<EscalationReason, Duration> firstResponseTargets, @DefaultValue("0.75") double atRiskShare,
		@DefaultValue("60s") Duration disconnectGrace, @DefaultValue("5s") Duration presenceInterval,
		@DefaultValue("2m") Duration defaultWait) {

	private static final Map<EscalationReason, Duration> DEFAULT_TARGETS;

	static {
		Map<EscalationReason, Duration> targets = new EnumMap<>(EscalationReason.class);
		for (EscalationReason reason : EscalationReason.values()) {
			targets.put(reason, switch (reason.priority()) {
				case 0, 1 -> Duration.ofMinutes(1);
				case 2 -> Duration.ofMinutes(3);
				default -> Duration.ofMinutes(5);
			});
		}
		DEFAULT_TARGETS = Map.copyOf(targets);
	}

	public EscalationSettings {
		firstResponseTargets = Map.copyOf(firstResponseTargets);
	}

	/**
	 * The first-response target of a reason.
	 * @param reason the reason
	 * @return the target
	 */
	public Duration target(EscalationReason reason) {
		return this.firstResponseTargets.getOrDefault(reason, DEFAULT_TARGETS.get(reason));
	}

}
