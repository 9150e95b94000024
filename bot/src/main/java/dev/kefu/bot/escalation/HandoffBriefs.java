package dev.kefu.bot.escalation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.Mood;
import dev.kefu.bot.anger.Signal;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.dialogue.ReturnFlow;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.CaseKind;

/**
 * Builds the hand-off brief from the conversation, without a language model: why (the
 * reasons), what the shopper wants (from the reasons and what the bot was doing), which
 * order and item (named in the shopper's words, a tapped order button or the return being
 * filled in), what the bot did or promised (from its stored messages), how the shopper
 * feels (the detector's signals), and their own recent words.
 */
final class HandoffBriefs {

	private static final int MAX_SAID = 6;

	private static final int MAX_LINE = 200;

	// As the return flow's item buttons and shoppers write them (KF20261001,
	// KF20261001#2); a mainland mobile number is not an order.
	private static final Pattern ORDER = Pattern.compile("\\b([A-Za-z]{0,4}\\d{6,20})(?:#(\\d{1,3}))?\\b");

	private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

	private static final Pattern QUOTED_MINUTES = Pattern.compile("(约|about) (\\d+) (分钟|分鐘|minute)");

	private HandoffBriefs() {
	}

	/**
	 * The brief of a conversation handed over.
	 * @param conversation its recent messages, oldest first (this turn's included)
	 * @param need why it goes to a person
	 * @param assessment what the detector made of the last message, or null when the
	 * escalation did not come from the shopper's words
	 * @param flow the return or exchange being filled in, or null
	 * @param entryQuestion an entry's question by its id
	 * @param orderItem an item's title by order and line (0: the order's first), when the
	 * order is the shopper's
	 * @param cases the shopper's cases asked for in this conversation, as "KIND STATE"
	 * @param keptWhileClosed whether the shop is closed now
	 * @return the brief
	 */
	static HandoffBrief brief(List<Message> conversation, EscalationNeed need, Assessment assessment, ReturnFlow flow,
			Function<String, Optional<String>> entryQuestion, BiFunction<String, Integer, Optional<String>> orderItem,
			List<String> cases, boolean keptWhileClosed) {
		List<String> said = new ArrayList<>();
		HandoffBrief.Order order = null;
		String lastShopperText = null;
		Message lastBot = null;
		for (Message m : conversation) {
			if (m.sender() == Sender.BOT) {
				lastBot = m;
			}
			if (m.sender() != Sender.SHOPPER) {
				continue;
			}
			boolean tapped = lastBot != null
					&& lastBot.quickReplies().stream().anyMatch((q) -> q.value().equals(m.body()));
			Optional<HandoffBrief.Order> named = orderIn(m.body());
			if (named.isPresent()) {
				order = named.get();
			}
			// A bare order reference is a button's value, not the shopper's words.
			boolean reference = ORDER.matcher(m.body().strip()).matches();
			if (!tapped && !reference && m.body().codePoints().filter(Character::isLetter).count() >= 2) {
				String line = m.body().strip();
				said.remove(line);
				said.add((line.length() > MAX_LINE) ? line.substring(0, MAX_LINE) + "…" : line);
				lastShopperText = line;
			}
		}
		if (flow != null && flow.orderId() != null) {
			order = new HandoffBrief.Order(flow.orderId(), flow.lineNumber(), null);
		}
		if (order != null) {
			HandoffBrief.Order known = order;
			order = new HandoffBrief.Order(known.orderId(), known.line(),
					orderItem.apply(known.orderId(), known.line()).orElse(null));
		}
		List<HandoffBrief.BotStep> bot = botSteps(conversation, entryQuestion, flow, cases);
		Mood mood = (assessment != null) ? assessment.mood() : Mood.CALM;
		if (need.reasons().contains(EscalationReason.ANGER)) {
			mood = Mood.ANGRY;
		}
		else if (mood == Mood.CALM && need.reasons().contains(EscalationReason.SAFETY)) {
			mood = Mood.WORRIED;
		}
		else if (mood == Mood.CALM && (need.reasons().contains(EscalationReason.RISING)
				|| need.reasons().contains(EscalationReason.REPEATED))) {
			mood = Mood.IMPATIENT;
		}
		Set<Signal> signs = EnumSet.noneOf(Signal.class);
		if (assessment != null) {
			assessment.signals()
				.stream()
				.filter((s) -> s == Signal.SHOUTING || s == Signal.INSULT || s == Signal.INSULT_TO_BOT
						|| s == Signal.LOSING_PATIENCE)
				.forEach(signs::add);
		}
		String script = script(lastShopperText);
		return new HandoffBrief(need.reasons(), wants(need.reasons(), flow), order, bot, mood, signs,
				(assessment != null) ? assessment.timesAsked() : 1,
				said.subList(Math.max(0, said.size() - MAX_SAID), said.size()), script, keptWhileClosed);
	}

	static List<HandoffBrief.Want> wants(List<EscalationReason> reasons, ReturnFlow flow) {
		List<HandoffBrief.Want> wants = new ArrayList<>();
		for (EscalationReason reason : reasons) {
			want(reason).filter((w) -> !wants.contains(w)).ifPresent(wants::add);
		}
		if (flow != null && flow.caseId() == null) {
			HandoffBrief.Want returning = (flow.kind() == CaseKind.EXCHANGE) ? HandoffBrief.Want.EXCHANGE
					: HandoffBrief.Want.RETURN;
			if (!wants.contains(returning)) {
				wants.add(returning);
			}
		}
		if (wants.isEmpty()) {
			wants.add(HandoffBrief.Want.A_PERSON);
		}
		return wants;
	}

	private static Optional<HandoffBrief.Want> want(EscalationReason reason) {
		return Optional.ofNullable(switch (reason) {
			case SAFETY -> HandoffBrief.Want.SAFETY_HELP;
			case LEGAL -> HandoffBrief.Want.LEGAL_SETTLEMENT;
			case PAYMENT -> HandoffBrief.Want.MONEY_PUT_RIGHT;
			case PARCEL -> HandoffBrief.Want.PARCEL_SOLVED;
			case PRIVACY -> HandoffBrief.Want.DATA_REQUEST;
			case DISPUTE -> HandoffBrief.Want.DECISION_REVIEWED;
			case RETURN_REVIEW -> HandoffBrief.Want.RETURN_DECIDED;
			case WAITING_LONG -> HandoffBrief.Want.WAIT_ENDED;
			case REPEATED, BOT_FAILED_TWICE -> HandoffBrief.Want.AN_ANSWER;
			case REQUESTED -> HandoffBrief.Want.A_PERSON;
			case ANGER, VIP, RISING -> null;
		});
	}

	private static List<HandoffBrief.BotStep> botSteps(List<Message> conversation,
			Function<String, Optional<String>> entryQuestion, ReturnFlow flow, List<String> cases) {
		List<HandoffBrief.BotStep> steps = new ArrayList<>();
		Set<String> answered = new HashSet<>();
		int couldNot = 0;
		boolean orderStatus = false;
		boolean systemsDown = false;
		boolean choices = false;
		int quoted = 0;
		for (Message m : conversation) {
			if (m.sender() != Sender.BOT) {
				continue;
			}
			String intent = (m.intent() != null) ? m.intent() : "";
			if (m.entryId() != null && answered.add(m.entryId())) {
				steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.ANSWERED,
						entryQuestion.apply(m.entryId()).orElse(m.entryId()), 1));
			}
			else if (intent.equals(Intent.FAQ.name()) && m.entryId() == null && !m.quickReplies().isEmpty()) {
				choices = true;
			}
			couldNot += intent.equals(Intent.NOT_UNDERSTOOD.name()) ? 1 : 0;
			orderStatus |= intent.equals(Intent.ORDER_STATUS.name());
			systemsDown |= intent.equals(Intent.SYSTEMS_DOWN.name());
			if (intent.equals(Intent.HANDOFF.name())) {
				Matcher minutes = QUOTED_MINUTES.matcher(m.body());
				if (minutes.find()) {
					quoted = Integer.parseInt(minutes.group(2));
				}
			}
		}
		if (choices) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.OFFERED_CHOICES, null, 1));
		}
		if (orderStatus) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.ORDER_STATUS, null, 1));
		}
		if (flow != null && flow.caseId() == null) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.RETURN_STARTED, flow.kind().name(), 1));
		}
		cases.forEach((c) -> steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.CASE, c, 1)));
		if (couldNot > 0) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.COULD_NOT_ANSWER, null, couldNot));
		}
		if (systemsDown) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.SYSTEMS_DOWN, null, 1));
		}
		if (quoted > 0) {
			steps.add(new HandoffBrief.BotStep(HandoffBrief.BotStep.Kind.QUOTED_WAIT, null, quoted));
		}
		return steps;
	}

	static Optional<HandoffBrief.Order> orderIn(String text) {
		Matcher matcher = ORDER.matcher(text);
		while (matcher.find()) {
			if (!MOBILE.matcher(matcher.group(1)).matches()) {
				int line = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
				return Optional.of(new HandoffBrief.Order(matcher.group(1).toUpperCase(Locale.ROOT), line, null));
			}
		}
		return Optional.empty();
	}

	private static String script(String text) {
		if (text == null) {
			return "zh-Hans";
		}
		QueryText query = QueryText.of(text);
		if (query.language() == Language.EN) {
			return "en";
		}
		return (query.script() == ChineseScript.TRADITIONAL) ? "zh-Hant" : "zh-Hans";
	}

	/**
	 * A brief that says no more than why, for an escalation stored before briefs existed.
	 * @param reasons its reasons
	 * @return the brief
	 */
	static HandoffBrief bare(List<EscalationReason> reasons) {
		return new HandoffBrief(reasons, wants(reasons, null), null, List.of(),
				reasons.contains(EscalationReason.ANGER) ? Mood.ANGRY : Mood.CALM, Set.of(), 1, List.of(), "zh-Hans",
				false);
	}

}
