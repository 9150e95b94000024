package dev.kefu.bot.escalation;

import dev.kefu.bot.conversation.ShopperTyping;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agent who has a conversation when its shopper writes or stops. While the bot
 * has the conversation, or it waits in the queue, nobody is told.
 */
@Component
class ShopperTypingToConsole {

	private final Escalations escalations;

	private final ConsolePush console;

	ShopperTypingToConsole(Escalations escalations, ConsolePush console) {
		this.escalations = escalations;
		this.console = console;
	}

	@EventListener
	void on(ShopperTyping typing) {
		this.escalations.openFor(typing.conversationId()).ifPresent((e) -> this.console.typing(e, typing.typing()));
	}

}
