package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.events.DeliveredCaseEvents;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A return the rules send to a person (or that the shopper disputes) brings the
 * conversation it was asked for in to an agent, so the agent who decides it can also talk
 * to the shopper. It runs just after the move commits, in a transaction of its own; the
 * event publication registry delivers each event at least once and
 * {@link DeliveredCaseEvents} makes that once per case version (a redelivery after the
 * agent closed the escalation must not open another).
 */
@Component
class ReturnReviewEscalation {

	private final Conversations conversations;

	private final Messages messages;

	private final EscalatingHandoff handoff;

	private final ConsolePush console;

	private final EscalationSettings settings;

	private final QueueWait queueWait;

	private final ShopperSockets sockets;

	private final DeliveredCaseEvents delivered;

	private final Shops shops;

	ReturnReviewEscalation(Conversations conversations, Messages messages, EscalatingHandoff handoff,
			ConsolePush console, EscalationSettings settings, QueueWait queueWait, ShopperSockets sockets,
			DeliveredCaseEvents delivered, Shops shops) {
		this.shops = shops;
		this.delivered = delivered;
		this.queueWait = queueWait;
		this.sockets = sockets;
		this.conversations = conversations;
		this.messages = messages;
		this.handoff = handoff;
		this.console = console;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ReturnCaseChanged changed) {
		ReturnCase c = changed.returnCase();
		if (!this.settings.enabled() || changed.from() == c.state()
				|| (c.state() != CaseState.UNDER_REVIEW && c.state() != CaseState.DISPUTED)
				|| c.request().conversationId() == null) {
			return;
		}
		ConversationId conversation = new ConversationId(UUID.fromString(c.request().conversationId()));
		if (this.conversations.findOwnedBy(c.request().shopper(), conversation).isEmpty()
				|| !this.delivered.firstDelivery(c, "review-escalation")) {
			return;
		}
		var recent = this.messages.latest(conversation, 30);
		String language = QueryText.of(sample(recent)).language().code();
		EscalationReason reason = (c.state() == CaseState.DISPUTED) ? EscalationReason.DISPUTE
				: EscalationReason.RETURN_REVIEW;
		// Quoted before queueing: the wait is for those ahead.
		Duration wait = this.queueWait.estimate(c.request().shopper().shopId(), reason.priority());
		Optional<Escalation> opened = this.handoff.open(conversation, c.request().shopper(),
				new EscalationNeed(List.of(reason), Set.of(language, "returns")), language, recent, null);
		opened.ifPresent((escalation) -> {
			this.console.queue("QUEUED", escalation);
			if (reason == EscalationReason.RETURN_REVIEW) {
				// A dispute made in the chat is answered there; a review comes unasked.
				Message notice = this.messages.append(conversation,
						new NewMessage(Sender.BOT,
								Voice.inShop(this.shops.wordingOf(c.request().shopper().shopId()),
										() -> HandoffPhrases.connecting(QueryText.of(sample(recent)), false, wait)),
								null, null, Intent.HANDOFF.name(), List.of(), List.of()));
				this.sockets.push(c.request().shopper(), notice);
			}
		});
	}

	private static String sample(List<Message> recent) {
		return recent.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER)
			.map(Message::body)
			.findFirst()
			.orElse("您好");
	}

}
