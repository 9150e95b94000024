package dev.kefu.bot.chat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.dialogue.ReturnPhrases;
import dev.kefu.bot.shops.Shops;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseDelayed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells shoppers in the chat when their case moves. The message is stored in the
 * transaction that moved the case (both happen or neither does) and pushed to the
 * shopper's open sockets once it commits; a shopper who is offline finds it in the
 * conversation when they come back.
 */
@Component
class ReturnCaseNotifier {

	private final Conversations conversations;

	private final Messages messages;

	private final ShopperSockets sockets;

	private final Shops shops;

	ReturnCaseNotifier(Conversations conversations, Messages messages, ShopperSockets sockets, Shops shops) {
		this.shops = shops;
		this.conversations = conversations;
		this.messages = messages;
		this.sockets = sockets;
	}

	@EventListener
	void on(ReturnCaseChanged changed) {
		tell(changed.returnCase(), (language) -> ReturnPhrases.onEvent(changed.returnCase(), changed.event(), language,
				this.shops.zoneOf(changed.returnCase().request().shopper().shopId())));
	}

	@EventListener
	void on(ReturnCaseDelayed delayed) {
		tell(delayed.returnCase(), (language) -> ReturnPhrases.delayed(delayed.returnCase(), delayed.step(), language));
	}

	private void tell(ReturnCase c, java.util.function.Function<QueryText, String> text) {
		Optional<ConversationId> conversation = conversationOf(c);
		if (conversation.isEmpty()) {
			return;
		}
		QueryText language = QueryText.of(languageSample(conversation.get()));
		String body = text.apply(language);
		if (body == null) {
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
