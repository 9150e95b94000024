package dev.kefu.bot.escalation;

import dev.kefu.bot.conversation.ShopperRead;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agent who has a conversation when its shopper has read it.
 */
@Component
class ShopperReadsToConsole {

	private final Escalations escalations;

	private final ConsolePush console;

	ShopperReadsToConsole(Escalations escalations, ConsolePush console) {
		this.escalations = escalations;
		this.console = console;
	}

	@EventListener
	void on(ShopperRead read) {
		this.escalations.openFor(read.conversationId()).ifPresent((e) -> this.console.read(e, read.seq()));
	}

}
