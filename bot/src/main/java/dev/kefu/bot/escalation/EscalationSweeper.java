package dev.kefu.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.kefu.bot.background.PeriodicWork;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few seconds, on every node: records the agents connected here, puts back in the
 * queue the conversations of agents gone longer than the grace period (their messages are
 * all stored, so the next agent sees everything), and flags waits that put a
 * first-response target at risk (consoles show it; {@code kefu.escalation.at.risk} counts
 * it for alerting). Each step is one conditional statement, safe with several nodes.
 */
@Component
class EscalationSweeper extends PeriodicWork {

	private static final Logger logger = LoggerFactory.getLogger(EscalationSweeper.class);

	private final AgentPresence presence;

	private final AgentProfiles agents;

	private final Escalations escalations;

	private final Messages messages;

	private final ShopperSockets shoppers;

	private final ConsolePush console;

	private final TransactionTemplate transactions;

	private final EscalationSettings settings;

	private final Clock clock;

	private final Counter atRisk;

	private final Counter requeued;

	private final Shops shops;

	EscalationSweeper(AgentPresence presence, AgentProfiles agents, Escalations escalations, Messages messages,
			ShopperSockets shoppers, ConsolePush console, TransactionTemplate transactions, EscalationSettings settings,
			Clock clock, MeterRegistry meters, Shops shops) {
		super("escalation-sweeper");
		this.shops = shops;
		this.presence = presence;
		this.agents = agents;
		this.escalations = escalations;
		this.messages = messages;
		this.shoppers = shoppers;
		this.console = console;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.atRisk = Counter.builder("kefu.escalation.at.risk")
			.description("Conversations whose wait put their first-response target at risk")
			.register(meters);
		this.requeued = Counter.builder("kefu.escalation.requeued")
			.description("Conversations put back in the queue because their agent was gone")
			.register(meters);
	}

	void sweep() {
		this.agents.seen(this.presence.connectedAgents(), this.clock.instant());
		this.transactions.executeWithoutResult((status) -> {
			for (Escalation back : this.escalations
				.requeueAbsent(this.clock.instant().minus(this.settings.disconnectGrace()))) {
				this.requeued.increment();
				var notice = this.messages.append(back.conversationId(),
						new NewMessage(Sender.SYSTEM,
								Voice.inShop(this.shops.wordingOf(back.shopper().shopId()),
										() -> HandoffPhrases
											.requeued(QueryText.of(back.language().equals("en") ? "hello" : "您好"))),
								null, null, null, List.of(), List.of()));
				this.shoppers.push(back.shopper(), notice);
				this.console.queue("REQUEUED", back);
			}
		});
		for (Escalation risky : this.escalations.flagAtRisk(this.settings.atRiskShare())) {
			this.atRisk.increment();
			logger.warn("Escalation {} (priority {}) has waited past {}% of its first-response target", risky.id(),
					risky.priority(), Math.round(this.settings.atRiskShare() * 100));
			this.console.queue("AT_RISK", risky);
		}
	}

	@Override
	protected void runOnce() {
		sweep();
	}

	@Override
	protected Duration interval() {
		return this.settings.presenceInterval();
	}

}
