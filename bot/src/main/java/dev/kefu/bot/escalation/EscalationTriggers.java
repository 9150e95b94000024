package dev.kefu.bot.escalation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.ConcernDetector;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides whether a turn should bring in a person, and why: what the concern detector
 * finds in the shopper's words and the conversation (safety, legal threats, anger, money,
 * parcels, privacy, a request for a person, repeats, long waits, rising negativity), the
 * bot failing twice in a row, a dispute, or a VIP the bot could not help.
 */
@Component
class EscalationTriggers {

	private static final Logger logger = LoggerFactory.getLogger(EscalationTriggers.class);

	private static final Set<Intent> FLOW_STEPS = EnumSet.of(Intent.RETURN, Intent.EXCHANGE, Intent.RETURN_CANCEL,
			Intent.ACCEPT_REFUND);

	private static final Set<Intent> RETURN_INTENTS = EnumSet.of(Intent.RETURN, Intent.EXCHANGE, Intent.RETURN_STATUS,
			Intent.RETURN_CANCEL, Intent.ACCEPT_REFUND, Intent.DISPUTE);

	private final ConcernDetector anger;

	private final ShopOrders orders;

	private final EscalationSettings settings;

	private final Shops shops;

	EscalationTriggers(ConcernDetector anger, ShopOrders orders, EscalationSettings settings, Shops shops) {
		this.anger = anger;
		this.orders = orders;
		this.settings = settings;
		this.shops = shops;
	}

	/**
	 * The reasons a turn gives to bring in a person.
	 * @param context the conversation before the turn
	 * @param text what the shopper wrote
	 * @param earlierShopperTexts their earlier messages, newest first
	 * @param buttonPress whether the text is a quick reply the bot offered
	 * @param decision what the bot would answer
	 * @return the need, or empty to let the bot answer
	 */
	Optional<EscalationNeed> need(DialogueContext context, String text, List<String> earlierShopperTexts,
			boolean buttonPress, DialogueDecision decision) {
		List<EscalationReason> reasons = new ArrayList<>();
		// A tapped quick reply ("尺码不合适") is the bot's own words, never a concern.
		Assessment assessment = buttonPress ? Assessment.NOTHING : assess(text, earlierShopperTexts);
		Intent intent = decision.intent();
		assessment.concerns()
			.stream()
			.map(EscalationReason::of)
			// "我要退货", "退货进度", "取消退货" read alike, yet each moves the return on: a
			// step the bot carries out is never the same question asked again.
			.filter((reason) -> reason != EscalationReason.REPEATED || !FLOW_STEPS.contains(intent))
			.forEach(reasons::add);
		if (intent == Intent.HUMAN) {
			reasons.add(EscalationReason.REQUESTED);
		}
		boolean failed = intent == Intent.NOT_UNDERSTOOD;
		if (failed && Intent.NOT_UNDERSTOOD.name().equals(context.lastBotIntent())) {
			reasons.add(EscalationReason.BOT_FAILED_TWICE);
		}
		if (intent == Intent.DISPUTE) {
			reasons.add(EscalationReason.DISPUTE);
		}
		if ((failed || !reasons.isEmpty()) && isVip(context.shopper())) {
			reasons.add(EscalationReason.VIP);
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		Set<String> skills = new HashSet<>();
		skills.add(QueryText.of(text).language().code());
		if (RETURN_INTENTS.contains(intent) || context.flow() != null) {
			skills.add("returns");
		}
		reasons.forEach((reason) -> reason.skill().ifPresent(skills::add));
		return Optional.of(new EscalationNeed(reasons, skills, assessment));
	}

	Assessment assess(String text, List<String> earlierShopperTexts) {
		return this.anger.assess(text, earlierShopperTexts);
	}

	private boolean isVip(ShopperRef shopper) {
		List<String> tiers = vipTiers(shopper.shopId());
		if (tiers.isEmpty()) {
			return false;
		}
		try {
			String tier = this.orders.membershipTier(shopper);
			return tier != null && tiers.contains(tier);
		}
		catch (RuntimeException ex) {
			// The order system being down must not keep anyone from a person.
			logger.warn("Could not read the membership tier of a shopper of {}", shopper.shopId(), ex);
			return false;
		}
	}

	/** The shop's own VIP tiers, else the application's for the shop. */
	private List<String> vipTiers(String shopId) {
		ShopSettings.Escalation own = this.shops.of(shopId).escalation();
		if (own != null && !own.vipTiers().isEmpty()) {
			return own.vipTiers();
		}
		return this.settings.vipTiers().getOrDefault(shopId, List.of());
	}

}
