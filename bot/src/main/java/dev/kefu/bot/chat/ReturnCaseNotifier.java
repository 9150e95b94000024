package dev.kefu.bot.chat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.dialogue.ReturnPhrases;
import dev.kefu.bot.events.DeliveredCaseEvents;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseDelayed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells shoppers in the chat when their case moves. The message is stored just after the
 * move commits, in a transaction of its own (a move that rolls back tells no one; the
 * chat's locks are never taken while the case's are held), and pushed to the shopper's
 * open sockets once that commits; a shopper who is offline finds it in the conversation
 * when they come back. The event publication registry delivers each event at least once
 * and {@link DeliveredCaseEvents} makes that once per case version.
 */
@Component
class ReturnCaseNotifier {

	private final Conversations conversations;

	private final Messages messages;

	private final ShopperSockets sockets;

	private final Shops shops;

	private final DeliveredCaseEvents delivered;

	ReturnCaseNotifier(Conversations conversations, Messages messages, ShopperSockets sockets, Shops shops,
			DeliveredCaseEvents delivered) {
		this.shops = shops;
		this.delivered = delivered;
		this.conversations = conversations;
		this.messages = messages;
		this.sockets = sockets;
	}

	@ApplicationModuleListener
	void on(ReturnCaseChanged changed) {
		tell(changed.returnCase(), "chat-notice", (language) -> ReturnPhrases.onEvent(changed.returnCase(),
				changed.event(), language, this.shops.zoneOf(changed.returnCase().request().shopper().shopId())));
	}

	@ApplicationModuleListener
	void on(ReturnCaseDelayed delayed) {
		// The step is part of the key: two steps of one version may each be delayed.
		tell(delayed.returnCase(), "chat-notice:delayed:" + delayed.step(),
				(language) -> ReturnPhrases.delayed(delayed.returnCase(), delayed.step(), language));
	}

	private void tell(ReturnCase c, String reaction, Function<QueryText, String> text) {
		Optional<ConversationId> conversation = conversationOf(c);
		if (conversation.isEmpty()) {
			return;
		}
		QueryText language = QueryText.of(languageSample(conversation.get()));
		// In the shop's own wording where it has one.
		String body = Voice.inShop(this.shops.wordingOf(c.request().shopper().shopId()), () -> text.apply(language));
		if (body == null || !this.delivered.firstDelivery(c, reaction)) {
			return;
		}
		Message stored = this.messages.append(conversation.get(),
				new NewMessage(Sender.BOT, body, null, null, Intent.RETURN_UPDATE.name(), List.of(), List.of()));
		this.sockets.push(c.request().shopper(), stored);
	}

	/** The conversation the case was opened in, else the shopper's latest one. */
	private Optional<ConversationId> conversationOf(ReturnCase c) {
		var shopper = c.request().shopper();
		if (c.request().conversationId() != null) {
			var origin = new ConversationId(UUID.fromString(c.request().conversationId()));
			if (this.conversations.findOwnedBy(shopper, origin).isPresent()) {
				return Optional.of(origin);
			}
		}
		return this.conversations.findRecentOwnedBy(shopper, 1).stream().map((conv) -> conv.id()).findFirst();
	}

	/** The shopper's latest words set the language of the news. */
	private String languageSample(ConversationId conversation) {
		return this.messages.latest(conversation, 20)
			.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER && !m.body().isBlank())
			.map(Message::body)
			.findFirst()
			.orElse("您好");
	}

}
