package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations reach people.
 *
 * @param enabled whether the bot hands conversations to people at all
 * @param vipTiers per shop id, the membership tiers served in person: their conversations
 * go first, and to a person as soon as the bot fails them once
 * @param firstResponseTargets how soon a person should answer, per priority (1 to 3)
 * @param atRiskShare the share of the target after which a waiting conversation is
 * flagged to agents and counted as at risk
 * @param disconnectGrace how long an agent may be gone (all consoles closed) before their
 * conversations go back to the queue
 * @param presenceInterval how often each node records its connected agents, and sweeps
 * @param defaultWait the wait quoted to shoppers before any conversation was claimed
 */
@ConfigurationProperties("kefu.escalation")
public record EscalationSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue Map<String, List<String>> vipTiers, @DefaultValue( {
				"1m", "3m", "5m" }) List<Duration> firstResponseTargets,
		@DefaultValue("0.75") double atRiskShare, @DefaultValue("60s") Duration disconnectGrace,
		@DefaultValue("5s") Duration presenceInterval, @DefaultValue("2m") Duration defaultWait){

	/**
	 * The first-response target of a priority.
	 * @param priority 1 to 3
	 * @return the target
	 */
	public Duration target(int priority) {
		return this.firstResponseTargets.get(Math.clamp(priority, 1, this.firstResponseTargets.size()) - 1);
	}

	public boolean isVip(String shopId, String tier) {
		return tier != null && this.vipTiers.getOrDefault(shopId, List.of()).contains(tier);
	}

}
