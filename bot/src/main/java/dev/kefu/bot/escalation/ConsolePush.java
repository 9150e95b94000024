package dev.kefu.bot.escalation;

import dev.kefu.bot.conversation.AfterCommit;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.web.MessageView;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells agents' consoles what changed, once it is committed: a console never shows a
 * claim or a message that was rolled back. Consoles that miss an event (reconnecting)
 * reload the queue and the conversation over HTTP.
 */
@Component
public class ConsolePush {

	/**
	 * Each shop's queue: an agent's queue view subscribes to the topic of each of the
	 * agent's shops, {@code /topic/console/queue/<shop>}, and may subscribe to no other.
	 */
	public static final String QUEUE_TOPIC = "/topic/console/queue/";

	/** Each agent's own conversations. */
	public static final String AGENT_QUEUE = "/queue/console";

	private final SimpMessagingTemplate broker;

	private final EscalationSettings settings;

	ConsolePush(SimpMessagingTemplate broker, EscalationSettings settings) {
		this.broker = broker;
		this.settings = settings;
	}

	/**
	 * The queue topic of a shop.
	 * @param shopId the shop
	 * @return its destination
	 */
	public static String queueOf(String shopId) {
		return QUEUE_TOPIC + shopId;
	}

	void queue(String type, Escalation escalation) {
		ConsoleEvent event = new ConsoleEvent(type, EscalationView.of(escalation), null);
		AfterCommit.run(() -> this.broker.convertAndSend(queueOf(escalation.shopper().shopId()), event));
	}

	void message(Escalation escalation, Message message) {
		if (escalation.agent() == null) {
			return;
		}
		ConsoleEvent event = new ConsoleEvent("MESSAGE", EscalationView.of(escalation), MessageView.of(message));
		AfterCommit.run(() -> this.broker.convertAndSendToUser(escalation.agent(), AGENT_QUEUE, event));
	}

	/**
	 * Tells the agent who has the conversation how far the shopper has read it.
	 */
	void read(Escalation escalation, long seq) {
		if (escalation.agent() == null) {
			return;
		}
		ConsoleEvent event = new ConsoleEvent("READ", EscalationView.of(escalation), null, seq, null);
		AfterCommit.run(() -> this.broker.convertAndSendToUser(escalation.agent(), AGENT_QUEUE, event));
	}

	/**
	 * Tells the agent who has the conversation that the shopper is writing, or has
	 * stopped. Nobody else hears of it: not the shop's other agents, not the queue.
	 */
	void typing(Escalation escalation, boolean typing) {
		if (escalation.agent() == null || escalation.status() != EscalationStatus.CLAIMED) {
			return;
		}
		ConsoleEvent event = new ConsoleEvent("TYPING", EscalationView.of(escalation), null, null, typing);
		this.broker.convertAndSendToUser(escalation.agent(), AGENT_QUEUE, event);
	}

}
