package dev.kefu.bot.conversation.web;

import java.util.UUID;

import dev.kefu.bot.conversation.AfterCommit;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Sender;
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

	/**
	 * The user destination of typing indicators: {@link Typing} frames, never stored.
	 */
	public static final String TYPING = "/queue/typing";

	/**
	 * Tells a shopper's sockets that the bot or an agent is writing in their
	 * conversation, or has stopped (after the commit of a surrounding transaction).
	 * @param shopper the shopper
	 * @param conversationId the conversation
	 * @param sender who writes ({@code BOT} or {@code AGENT})
	 * @param typing whether they are writing
	 */
	public void typing(ShopperRef shopper, UUID conversationId, Sender sender, boolean typing) {
		Runnable push = () -> this.broker.convertAndSendToUser(ShopperAuthentication.userName(shopper), TYPING,
				new Typing(conversationId, sender, typing));
		AfterCommit.run(push);
	}

	/**
	 * The user destination of read receipts: {@link Read} frames.
	 */
	public static final String READ = "/queue/read";

	/**
	 * Tells a shopper's sockets how far the other side has read their conversation (after
	 * the commit of a surrounding transaction).
	 * @param shopper the shopper
	 * @param conversationId the conversation
	 * @param reader who has read ({@code AGENT})
	 * @param seq the last message they have read
	 */
	public void read(ShopperRef shopper, UUID conversationId, Sender reader, long seq) {
		Runnable push = () -> this.broker.convertAndSendToUser(ShopperAuthentication.userName(shopper), READ,
				new Read(conversationId, reader, seq));
		AfterCommit.run(push);
	}

	public void push(ShopperRef shopper, Message message) {
		Runnable push = () -> this.broker.convertAndSendToUser(ShopperAuthentication.userName(shopper), MESSAGES,
				MessageView.of(message));
		AfterCommit.run(push);
	}

	/**
	 * A typing indicator.
	 *
	 * @param conversationId the conversation
	 * @param sender who writes
	 * @param typing whether they are writing (clients also stop showing it on their next
	 * message, or a few seconds after the last frame)
	 */
	public record Typing(UUID conversationId, Sender sender, boolean typing) {
	}

	/**
	 * A read receipt.
	 *
	 * @param conversationId the conversation
	 * @param reader who has read
	 * @param seq the last message they have read
	 */
	public record Read(UUID conversationId, Sender reader, long seq) {
	}

}
