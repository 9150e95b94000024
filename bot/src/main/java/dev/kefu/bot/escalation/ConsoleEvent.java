package dev.kefu.bot.escalation;

import dev.kefu.bot.conversation.web.MessageView;

/**
 * What agents' consoles receive over the socket: changes to the queue on
 * {@code /topic/console/queue/<shop>} (every agent of the shop), and the messages of
 * their own conversations on {@code /user/queue/console}, with the shopper's read
 * receipts (READ) and typing indicators (TYPING, never stored).
 *
 * @param type QUEUED, CLAIMED, CLOSED, RAISED, REQUEUED, AT_RISK or SUMMARIZED for the
 * queue; MESSAGE for a message; READ when the shopper has read; TYPING when they write or
 * stop
 * @param escalation the escalation concerned
 * @param message the message, for MESSAGE
 * @param readSeq the last message the shopper has read, for READ
 * @param typing whether the shopper is writing, for TYPING
 */
public record ConsoleEvent(String type, EscalationView escalation, MessageView message, Long readSeq, Boolean typing) {

	public ConsoleEvent(String type, EscalationView escalation, MessageView message) {
		this(type, escalation, message, null, null);
	}

}
