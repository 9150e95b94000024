package dev.kefu.bot.shops;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a shop decides, as one typed record: stored versioned per shop, validated on save
 * ({@link ShopSettingsValidation}), read through {@link Shops}. Secrets (channel
 * credentials) are not in it: they are write-only ({@link ShopSecrets}).
 *
 * @param name the shop's name, as shoppers and staff read it
 * @param greeting what the bot says when a conversation opens
 * @param timeZone the shop's time zone: dates are shown and windows counted in it
 * @param hours when people answer
 * @param escalation how soon people should answer, and who is served first; {@code null}
 * for the application's defaults ({@code kefu.escalation.*})
 * @param legalProfile the consumer law returns follow ({@code CN} mainland China,
 * {@code EU}, {@code NONE})
 * @param photos what is done with photo evidence
 * @param channels where shoppers reach the shop
 * @param cannedReplies agents' ready answers
 * @param alerts when ops are alerted; {@code null} for the application's defaults
 * ({@code kefu.alerts.*})
 * @param quickStarts the buttons under the greeting; empty for Kefu's default ones
 * @param sentences the shop's own wording of the bot's sentences, by their key in the
 * bundles ({@code dev.kefu.bot.words.BotWords}); a language left empty keeps the bundle's
 * (Traditional converted from the shop's Simplified where only that is written)
 */
public record ShopSettings(Texts name, Texts greeting, ZoneId timeZone, BusinessHours hours, Escalation escalation,
		String legalProfile, Photos photos, List<Channel> channels, List<CannedReply> cannedReplies, Alerts alerts,
		List<QuickStart> quickStarts, Map<String, Texts> sentences) {

	/** How many quick starts a shop may set. */
	public static final int MAX_QUICK_STARTS = 6;

	/** The longest label of a quick start, in each language. */
	public static final int MAX_QUICK_START_LABEL = 20;

	/** The legal profiles Kefu knows. */
	public static final List<String> LEGAL_PROFILES = List.of("CN", "EU", "NONE");

	public ShopSettings {
		name = Objects.requireNonNullElse(name, Texts.of(""));
		greeting = Objects.requireNonNullElse(greeting, Texts.of(""));
		hours = Objects.requireNonNullElse(hours, BusinessHours.ALWAYS);
		photos = Objects.requireNonNullElse(photos, new Photos(true, false));
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		cannedReplies = (cannedReplies != null) ? List.copyOf(cannedReplies) : List.of();
		quickStarts = (quickStarts != null) ? quickStarts.stream().filter(Objects::nonNull).toList() : List.of();
		// Sorted, so that stored versions and their diffs list sentences in one order.
		SortedMap<String, Texts> own = new TreeMap<>();
		if (sentences != null) {
			sentences.forEach((key, texts) -> {
				if (key != null && texts != null && !texts.isEmpty()) {
					own.put(key, texts);
				}
			});
		}
		sentences = Collections.unmodifiableSortedMap(own);
	}

	/**
	 * Settings without sentences of the shop's own.
	 * @param name the shop's name
	 * @param greeting the greeting
	 * @param timeZone the time zone
	 * @param hours when people answer
	 * @param escalation how soon people answer
	 * @param legalProfile the consumer law
	 * @param photos what is done with photos
	 * @param channels where shoppers reach the shop
	 * @param cannedReplies agents' ready answers
	 * @param alerts when ops are alerted
	 * @param quickStarts the buttons under the greeting
	 */
	public ShopSettings(Texts name, Texts greeting, ZoneId timeZone, BusinessHours hours, Escalation escalation,
			String legalProfile, Photos photos, List<Channel> channels, List<CannedReply> cannedReplies, Alerts alerts,
			List<QuickStart> quickStarts) {
		this(name, greeting, timeZone, hours, escalation, legalProfile, photos, channels, cannedReplies, alerts,
				quickStarts, Map.of());
	}

	/**
	 * The first-response targets and VIP tiers.
	 *
	 * @param firstResponseTargets how soon a person should first answer, per priority
	 * from 0 (safety) to 3 (asked for a person, the bot failed)
	 * @param vipTiers membership tiers served first and in person
	 * @param humanReplyTarget how soon a shopper who reaches a person should hear from
	 * them, for the insights' "answered in time"
	 */
	public record Escalation(List<Duration> firstResponseTargets, List<String> vipTiers, Duration humanReplyTarget) {

		public Escalation {
			firstResponseTargets = (firstResponseTargets != null) ? List.copyOf(firstResponseTargets) : List.of();
			vipTiers = (vipTiers != null) ? List.copyOf(vipTiers) : List.of();
		}

		/**
		 * The target of a priority.
		 * @param priority 0 to 3
		 * @return the target
		 */
		public Duration target(int priority) {
			return this.firstResponseTargets.get(Math.clamp(priority, 0, this.firstResponseTargets.size() - 1));
		}

	}

	/**
	 * Photo evidence.
	 *
	 * @param checks whether every photo is checked at upload (sharpness, reuse, metadata)
	 * @param visionModel whether photos and their order line go to the configured vision
	 * model
	 */
	public record Photos(boolean checks, boolean visionModel) {
	}

	/**
	 * A channel.
	 *
	 * @param kind {@code app}, {@code web} or {@code livestream}
	 * @param name what staff call it
	 * @param enabled whether shoppers reach the shop through it
	 */
	public record Channel(String kind, String name, boolean enabled) {
	}

	/**
	 * A ready answer an agent finds by typing "/" and its shortcut.
	 *
	 * @param shortcut what is typed after "/"
	 * @param language {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 * @param text the answer; {shopper}, {order} and {tracking} are filled in
	 */
	public record CannedReply(String shortcut, String language, String text) {
	}

	/**
	 * Alert thresholds.
	 *
	 * @param queueAtRisk how many at-risk conversations waiting set off an alert
	 * @param angrySurge how many anger escalations within the window set off one
	 * @param containmentFloor the share answered without a person below which one goes
	 * off
	 */
	public record Alerts(int queueAtRisk, int angrySurge, double containmentFloor) {
	}

	/**
	 * A button under the greeting: tapping it sends its text as the shopper's own words.
	 *
	 * @param label what the button says, per language
	 * @param text what tapping it sends, per language
	 */
	public record QuickStart(Texts label, Texts text) {

		public QuickStart {
			label = Objects.requireNonNullElse(label, Texts.of(""));
			text = Objects.requireNonNullElse(text, Texts.of(""));
		}

	}

}
