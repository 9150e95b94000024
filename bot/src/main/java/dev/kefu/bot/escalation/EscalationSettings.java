package dev.kefu.bot.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations reach people.
 *
 * @param enabled whether the bot hands conversations to people at all
 * @param vipTiers per shop id, the membership tiers served in person: their conversations
 * go first, and the bot offers a person as soon as it fails them once
 * @param firstResponseTargets how soon a person should first answer, per reason (reasons
 * left out keep their defaults: 1 min for safety, legal threats, anger, VIPs and rising
 * negativity; 3 min for payments, parcels, privacy, disputes, reviews, long waits and
 * repeats; 5 min when asked or after the bot failed twice)
 * @param atRiskShare the share of the target after which a waiting conversation is
 * flagged to agents and counted as at risk
 * @param disconnectGrace how long an agent may be gone (all consoles closed) before their
 * conversations go back to the queue
 * @param presenceInterval how often each node records its connected agents, and sweeps
 * @param defaultWait the wait quoted to shoppers before any conversation was claimed
 * @param hours when people are at work, for every shop (until a shop settings store says
 * otherwise); always, unless set
 */
@ConfigurationProperties("kefu.escalation")
public record EscalationSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue Map<String, List<String>> vipTiers,
		@DefaultValue Map<EscalationReason, Duration> firstResponseTargets, @DefaultValue("0.75") double atRiskShare,
		@DefaultValue("60s") Duration disconnectGrace, @DefaultValue("5s") Duration presenceInterval,
		@DefaultValue("2m") Duration defaultWait, @DefaultValue OpeningHours hours) {

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

	public boolean isVip(String shopId, String tier) {
		return tier != null && this.vipTiers.getOrDefault(shopId, List.of()).contains(tier);
	}

	/**
	 * Opening hours, the same every open day.
	 *
	 * @param zone the time zone they are in
	 * @param opens when people start
	 * @param closes when they stop ({@code 00:00} is midnight; equal to {@code opens}
	 * means around the clock; earlier than {@code opens} means past midnight)
	 * @param days the days people work
	 */
	public record OpeningHours(@DefaultValue("UTC") ZoneId zone, @DefaultValue("00:00") LocalTime opens,
			@DefaultValue("00:00") LocalTime closes, @DefaultValue( {
					"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
					"SUNDAY" }) Set<DayOfWeek> days){

		public OpeningHours {
			days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
		}

		/** Around the clock, every day. */
		public static OpeningHours always() {
			return new OpeningHours(ZoneId.of("UTC"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
					EnumSet.allOf(DayOfWeek.class));
		}

	}

}
