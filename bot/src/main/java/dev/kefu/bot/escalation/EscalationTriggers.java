package dev.kefu.bot.escalation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kefu.bot.anger.AngerAssessment;
import dev.kefu.bot.anger.AngerDetector;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides whether a turn should bring in a person, and why: anger, an explicit request,
 * the bot failing twice in a row, a dispute, a payment problem, or a VIP the bot could
 * not help.
 */
@Component
class EscalationTriggers {

	private static final Logger logger = LoggerFactory.getLogger(EscalationTriggers.class);

	private static final Pattern PAYMENT_PROBLEM = Pattern
		.compile("(扣了两次|扣了兩次|重复扣款|重複扣款|多扣|扣款失败|扣款失敗|" + "付款失败|付款失敗|支付失败|支付失敗|付了钱|付了錢|钱扣了|錢扣了|退款没到|退款沒到|退款还没到|退款還沒到|"
				+ "charged twice|double charged|charged me twice|payment (failed|didn't go through)|"
				+ "money (was )?taken|refund (never|hasn't|has not) (arrived|come))");

	private static final Set<Intent> RETURN_INTENTS = EnumSet.of(Intent.RETURN, Intent.EXCHANGE, Intent.RETURN_STATUS,
			Intent.RETURN_CANCEL, Intent.ACCEPT_REFUND, Intent.DISPUTE);

	private final AngerDetector anger;

	private final ShopOrders orders;

	private final EscalationSettings settings;

	EscalationTriggers(AngerDetector anger, ShopOrders orders, EscalationSettings settings) {
		this.anger = anger;
		this.orders = orders;
		this.settings = settings;
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
		// A tapped quick reply ("尺码不合适") is the bot's own words, never anger.
		if (!buttonPress && angry(text, earlierShopperTexts).angry()) {
			reasons.add(EscalationReason.ANGER);
		}
		Intent intent = decision.intent();
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
		if (PAYMENT_PROBLEM.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
			reasons.add(EscalationReason.PAYMENT_PROBLEM);
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
		if (reasons.contains(EscalationReason.PAYMENT_PROBLEM)) {
			skills.add("payments");
		}
		return Optional.of(new EscalationNeed(reasons, skills));
	}

	AngerAssessment angry(String text, List<String> earlierShopperTexts) {
		return this.anger.assess(text, earlierShopperTexts);
	}

	private boolean isVip(ShopperRef shopper) {
		if (this.settings.vipTiers().getOrDefault(shopper.shopId(), List.of()).isEmpty()) {
			return false;
		}
		try {
			return this.settings.isVip(shopper.shopId(), this.orders.membershipTier(shopper));
		}
		catch (RuntimeException ex) {
			// The order system being down must not keep anyone from a person.
			logger.warn("Could not read the membership tier of a shopper of {}", shopper.shopId(), ex);
			return false;
		}
	}

}
