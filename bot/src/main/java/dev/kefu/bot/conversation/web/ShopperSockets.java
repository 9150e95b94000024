package dev.kefu.bot.conversation.web;

import dev.kefu.bot.conversation.AfterCommit;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.security.ShopperAuthentication;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a stored message to a shopper's open sockets. Inside a transaction the push waits
 * for the commit, so a shopper never sees a message that was rolled back; a shopper who
 * is offline finds it in the conversation when they come back.
 */
@Component
public class ShopperSockets {

	/** The user destination every shopper client subscribes to. */
	public static final String MESSAGES = "/queue/messages";

	private final SimpMessagingTemplate broker;

	ShopperSockets(SimpMessagingTemplate broker) {
		this.broker = broker;
	}

	public void push(ShopperRef shopper, Message message) {
		Runnable push = () -> this.broker.convertAndSendToUser(ShopperAuthentication.userName(shopper), MESSAGES,
				MessageView.of(message));
		AfterCommit.run(push);
	}

}
