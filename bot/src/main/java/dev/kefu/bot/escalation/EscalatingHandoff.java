package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Handoff;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.dialogue.BotReply;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;
import dev.kefu.bot.dialogue.Intent;
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

	EscalatingHandoff(Escalations escalations, Messages messages, EscalationTriggers triggers, ConsolePush console,
			QueueWait queueWait, EscalationSettings settings, ModelSummaries summaries) {
		this.summaries = summaries;
		this.escalations = escalations;
		this.messages = messages;
		this.triggers = triggers;
		this.console = console;
		this.queueWait = queueWait;
		this.settings = settings;
	}

	@Override
	public boolean takenByPerson(ConversationId conversation, Message shopperMessage) {
		Optional<Escalation> open = this.escalations.openFor(conversation);
		if (open.isEmpty()) {
			return false;
		}
		Escalation escalation = open.get();
		if (!escalation.reasons().contains(EscalationReason.ANGER)
				&& this.triggers.angry(shopperMessage.body(), earlierShopperTexts(conversation, shopperMessage))
					.angry()) {
			// A shopper who gets angry while waiting moves up the queue.
			var raised = this.escalations.raise(escalation.id(),
					new EscalationNeed(List.of(EscalationReason.ANGER), java.util.Set.copyOf(escalation.skills())));
			if (raised.isPresent()) {
				escalation = raised.get();
				this.console.queue("RAISED", escalation);
			}
		}
		this.console.message(escalation, shopperMessage);
		return true;
	}

	@Override
	public DialogueDecision review(DialogueContext context, List<Message> earlierMessages, Message shopperMessage,
			DialogueDecision decision) {
		if (!this.settings.enabled()) {
			return decision;
		}
		ConversationId conversation = new ConversationId(java.util.UUID.fromString(context.conversationId()));
		List<Message> recent = new ArrayList<>(earlierMessages
			.subList(Math.max(0, earlierMessages.size() - CONTEXT_MESSAGES), earlierMessages.size()));
		recent.add(shopperMessage);
		List<String> earlier = earlierShopperTexts(recent, shopperMessage);
		Optional<EscalationNeed> need = this.triggers.need(context, shopperMessage.body(), earlier,
				isButtonPress(recent, shopperMessage), decision);
		if (need.isEmpty()) {
			return decision;
		}
		QueryText language = QueryText.of(shopperMessage.body());
		// Quoted before queueing: the wait is for those ahead, not for this shopper too.
		Duration wait = this.queueWait.estimate(context.shopper().shopId(), need.get().priority());
		Optional<Escalation> opened = open(conversation, context.shopper(), need.get(), language.language().code(),
				recent);
		List<BotReply> replies = new ArrayList<>(need.get().replacesBotAnswer() ? List.of() : decision.replies());
		replies.add(BotReply
			.text(HandoffPhrases.connecting(language, need.get().reasons().contains(EscalationReason.ANGER), wait)));
		opened.ifPresent((escalation) -> this.console.queue("QUEUED", escalation));
		return new DialogueDecision(Intent.HANDOFF, replies, decision.gap(), decision.rating(), null, decision.flow());
	}

	/**
	 * Queues a conversation for a reason found outside the chat (a return sent to
	 * review), unless it is already queued or with a person.
	 */
	Optional<Escalation> open(ConversationId conversation, ShopperRef shopper, EscalationNeed need, String language,
			List<Message> recent) {
		String summary = ConversationSummaries.extract(recent, need);
		Optional<Escalation> opened = this.escalations.open(conversation, shopper, need, language, summary);
		opened.ifPresent((escalation) -> this.summaries.request(escalation, recent));
		return opened;
	}

	private static boolean isButtonPress(List<Message> recent, Message shopperMessage) {
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

	private static List<String> earlierShopperTexts(List<Message> recent, Message shopperMessage) {
		return recent.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER && m.seq() < shopperMessage.seq())
			.map(Message::body)
			.toList();
	}

}
