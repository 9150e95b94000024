package dev.kefu.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Handoff;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.dialogue.BotReply;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.dialogue.PersonRequest;
import dev.kefu.bot.dialogue.ReturnFlow;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.stereotype.Component;

/**
 * The chat's side of escalation: a conversation a person has (or is waiting for) is
 * theirs, and the shopper's words go to them; a turn that needs a person queues the
 * conversation in the same transaction as the bot's "connecting you" (both or neither),
 * and the consoles hear of it once committed.
 */
@Component
class EscalatingHandoff implements Handoff {

	private static final int CONTEXT_MESSAGES = 30;

	private final Escalations escalations;

	private final Messages messages;

	private final EscalationTriggers triggers;

	private final ConsolePush console;

	private final QueueWait queueWait;

	private final EscalationSettings settings;

	private final ModelSummaries summaries;

	private final ShopHours hours;

	private final EscalationTargets targets;

	private final BriefFacts facts;

	private final Clock clock;

	EscalatingHandoff(Escalations escalations, Messages messages, EscalationTriggers triggers, ConsolePush console,
			QueueWait queueWait, EscalationSettings settings, ModelSummaries summaries, ShopHours hours,
			EscalationTargets targets, BriefFacts facts, Clock clock) {
		this.summaries = summaries;
		this.escalations = escalations;
		this.messages = messages;
		this.triggers = triggers;
		this.console = console;
		this.queueWait = queueWait;
		this.settings = settings;
		this.hours = hours;
		this.targets = targets;
		this.facts = facts;
		this.clock = clock;
	}

	@Override
	public boolean takenByPerson(ConversationId conversation, Message shopperMessage) {
		return whilePerson(conversation, shopperMessage).isPresent();
	}

	@Override
	public Optional<List<BotReply>> whilePerson(ConversationId conversation, Message shopperMessage) {
		Optional<Escalation> open = this.escalations.openFor(conversation);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Escalation escalation = open.get();
		List<String> earlier = earlierShopperTexts(conversation, shopperMessage);
		Assessment assessment = this.triggers.assess(shopperMessage.body(), earlier);
		// A shopper who gets angry, or tells of harm or a legal threat, while waiting
		// moves up the queue.
		List<EscalationReason> more = assessment.concerns()
			.stream()
			.map(EscalationReason::of)
			.filter((r) -> r.priority() <= EscalationReason.ANGER.priority() && !escalation.reasons().contains(r))
			.toList();
		Escalation current = escalation;
		if (!more.isEmpty()) {
			Set<String> skills = new HashSet<>(escalation.skills());
			more.forEach((r) -> r.skill().ifPresent(skills::add));
			EscalationNeed need = new EscalationNeed(more, skills, assessment);
			HandoffBrief brief = escalation.brief()
				.withReasons(more, HandoffBriefs.wants(more, null), assessment.mood());
			var raised = this.escalations.raise(escalation.id(), need,
					this.targets.firstResponse(escalation.shopper().shopId(), more), brief);
			if (raised.isPresent()) {
				current = raised.get();
				this.console.queue("RAISED", current);
			}
		}
		this.console.message(current, shopperMessage);
		if (current.status() == EscalationStatus.WAITING
				&& (PersonRequest.in(shopperMessage.body()) || assessment.has(Concern.REQUESTED))) {
			// Asking again while waiting deserves an answer: the place and the wait now.
			return Optional.of(List.of(BotReply.text(waitingNotice(current, languageOf(shopperMessage, earlier)))));
		}
		return Optional.of(List.of());
	}

	private String waitingNotice(Escalation escalation, QueryText language) {
		Instant now = this.clock.instant();
		String shopId = escalation.shopper().shopId();
		if (!this.hours.isOpen(shopId, now)) {
			ZoneId zone = this.hours.zone(shopId);
			return HandoffPhrases.closed(language, this.hours.nextOpening(shopId, now).atZone(zone), now.atZone(zone));
		}
		int ahead = this.escalations.placeOf(escalation.id());
		return HandoffPhrases.stillWaiting(language, ahead, this.queueWait.forPlace(ahead));
	}

	@Override
	public DialogueDecision review(DialogueContext context, List<Message> earlierMessages, Message shopperMessage,
			DialogueDecision decision) {
		if (!this.settings.enabled()) {
			return decision;
		}
		ConversationId conversation = new ConversationId(UUID.fromString(context.conversationId()));
		List<Message> recent = new ArrayList<>(earlierMessages
			.subList(Math.max(0, earlierMessages.size() - CONTEXT_MESSAGES), earlierMessages.size()));
		recent.add(shopperMessage);
		List<String> earlier = earlierShopperTexts(recent, shopperMessage);
		Optional<EscalationNeed> need = this.triggers.need(context, shopperMessage.body(), earlier,
				isButtonPress(recent, shopperMessage), decision);
		if (need.isEmpty()) {
			return decision;
		}
		QueryText language = languageOf(shopperMessage, earlier);
		if (need.get().reasons().equals(List.of(EscalationReason.VIP))) {
			// The bot failed a VIP once: offer a person and let them choose; yes is a
			// request for a person, the next turn.
			List<BotReply> replies = new ArrayList<>();
			replies.add(new BotReply(HandoffPhrases.vipOffer(language), null,
					List.of(new BotReply.Button(HandoffPhrases.yes(language), HandoffPhrases.yesValue(language)),
							new BotReply.Button(HandoffPhrases.no(language), HandoffPhrases.noValue(language)))));
			return decision.handingOff(Intent.HANDOFF_OFFER, replies);
		}
		String shopId = context.shopper().shopId();
		Instant now = this.clock.instant();
		ResponseClock responseClock = ResponseClock.of(shopId, now,
				this.targets.firstResponse(shopId, need.get().reasons()), this.hours);
		// Quoted before queueing: the wait is for those ahead, not for this shopper too.
		Duration wait = this.queueWait.estimate(context.shopper().shopId(), need.get().priority());
		Optional<Escalation> opened = open(conversation, context.shopper(), need.get(), language.language().code(),
				recent, context.flow(), responseClock, responseClock.keptWhileClosed() ? null : wait);
		List<BotReply> replies = new ArrayList<>(repliesKept(need.get(), decision));
		if (responseClock.keptWhileClosed()) {
			ZoneId zone = this.hours.zone(shopId);
			replies.add(BotReply
				.text(HandoffPhrases.closed(language, responseClock.from().atZone(zone), now.atZone(zone))));
		}
		else {
			replies.add(BotReply.text(
					HandoffPhrases.connecting(language, need.get().reasons().contains(EscalationReason.ANGER), wait)));
		}
		opened.ifPresent((escalation) -> this.console.queue("QUEUED", escalation));
		return decision.handingOff(Intent.HANDOFF, replies);
	}

	/**
	 * What the bot said that stays beside the hand-off: its knowledge-base answers at
	 * most.
	 */
	private static List<BotReply> repliesKept(EscalationNeed need, DialogueDecision decision) {
		if (!need.replacesBotAnswer()) {
			return decision.replies();
		}
		if (need.replacesEveryAnswer()) {
			return List.of();
		}
		return decision.replies().stream().filter((reply) -> reply.entryId() != null).toList();
	}

	/**
	 * Queues a conversation for a reason found outside the chat (a return sent to
	 * review), unless it is already queued or with a person.
	 */
	Optional<Escalation> open(ConversationId conversation, ShopperRef shopper, EscalationNeed need, String language,
			List<Message> recent, ReturnFlow flow) {
		ResponseClock responseClock = ResponseClock.of(shopper.shopId(), this.clock.instant(),
				this.targets.firstResponse(shopper.shopId(), need.reasons()), this.hours);
		return open(conversation, shopper, need, language, recent, flow, responseClock, null);
	}

	private Optional<Escalation> open(ConversationId conversation, ShopperRef shopper, EscalationNeed need,
			String language, List<Message> recent, ReturnFlow flow, ResponseClock responseClock, Duration quoted) {
		HandoffBrief brief = HandoffBriefs.brief(recent, need, need.assessment(), flow,
				(entryId) -> this.facts.entryQuestion(shopper.shopId(), entryId),
				(order, line) -> this.facts.item(shopper, order, line), List.of(), responseClock.keptWhileClosed());
		if (quoted != null) {
			// The wait is told to the shopper in this same turn, after the brief is
			// written.
			brief = brief.promised(HandoffBrief.BotStep.quotedWait(quoted));
		}
		Optional<Escalation> opened = this.escalations.open(conversation, shopper, need, language, brief,
				responseClock);
		opened.ifPresent((escalation) -> this.summaries.request(escalation, recent));
		return opened;
	}

	/**
	 * The language and script to answer in: what the shopper read on a button they tapped
	 * (the value behind it is the bot's own code, a SKU or an order line), else what they
	 * wrote, in the language of their earlier words when it shows none.
	 */
	private static QueryText languageOf(Message shopperMessage, List<String> earlier) {
		QueryText said = QueryText.of(shopperMessage.shown());
		return earlier.isEmpty() ? said : said.inConversation(QueryText.of(earlier.get(0)));
	}

	/**
	 * A tap carries the label the shopper saw (the value was checked against what was
	 * offered when it was stored), however many messages, such as a case's news, came
	 * between the buttons and the tap.
	 */
	private static boolean isButtonPress(List<Message> recent, Message shopperMessage) {
		if (shopperMessage.label() != null) {
			return true;
		}
		return recent.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.BOT && m.seq() < shopperMessage.seq())
			.findFirst()
			.map((m) -> m.quickReplies().stream().anyMatch((q) -> q.value().equals(shopperMessage.body())))
			.orElse(false);
	}

	private List<String> earlierShopperTexts(ConversationId conversation, Message shopperMessage) {
		return earlierShopperTexts(this.messages.latest(conversation, 10), shopperMessage);
	}

	/**
	 * The shopper's own earlier words, newest first: a quick reply they tapped is the
	 * bot's wording, not a question they asked again.
	 */
	private static List<String> earlierShopperTexts(List<Message> recent, Message shopperMessage) {
		List<String> texts = new ArrayList<>();
		Message lastBot = null;
		for (Message m : recent) {
			if (m.seq() >= shopperMessage.seq()) {
				break;
			}
			if (m.sender() == Sender.BOT) {
				lastBot = m;
			}
			else if (m.sender() == Sender.SHOPPER && !tapped(lastBot, m)) {
				texts.add(0, m.body());
			}
		}
		return texts;
	}

	private static boolean tapped(Message bot, Message shopper) {
		if (shopper.label() != null) {
			return true;
		}
		return bot != null && bot.quickReplies().stream().anyMatch((q) -> q.value().equals(shopper.body()));
	}

}
