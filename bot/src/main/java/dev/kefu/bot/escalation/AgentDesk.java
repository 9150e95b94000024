package dev.kefu.bot.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.kefu.bot.conversation.ChatSettings;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.bot.conversation.QuickReply;
import dev.kefu.bot.conversation.ReadReceipts;
import dev.kefu.bot.conversation.ReadRefused;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.bot.dialogue.AnswerActions;
import dev.kefu.bot.dialogue.BotReply;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.dialogue.SatisfactionAsk;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an agent does with a conversation: claim it (exactly once, within their capacity),
 * answer, write internal notes, resolve it (the shopper is asked for a rating) or hand it
 * back to the bot. Each action is one transaction; shoppers and consoles hear of it after
 * the commit.
 */
@Service
public class AgentDesk {

	private static final int MAX_NOTE = 2000;

	private final Escalations escalations;

	private final AgentProfiles agents;

	private final Messages messages;

	private final ShopperSockets shoppers;

	private final ConsolePush console;

	private final TransactionTemplate transactions;

	private final ChatSettings chat;

	private final Clock clock;

	private final ReadReceipts reads;

	private final StaffAccounts staff;

	private final Shops shops;

	AgentDesk(Escalations escalations, AgentProfiles agents, Messages messages, ShopperSockets shoppers,
			ConsolePush console, TransactionTemplate transactions, ChatSettings chat, Clock clock, ReadReceipts reads,
			StaffAccounts staff, Shops shops) {
		this.staff = staff;
		this.shops = shops;
		this.reads = reads;
		this.escalations = escalations;
		this.agents = agents;
		this.messages = messages;
		this.shoppers = shoppers;
		this.console = console;
		this.transactions = transactions;
		this.chat = chat;
		this.clock = clock;
	}

	/**
	 * Takes a waiting conversation. Claiming one's own conversation again is a no-op.
	 * @throws EscalationRefused of kind TAKEN if another agent has it, AT_CAPACITY if the
	 * agent is full
	 */
	public Escalation claim(UUID id, String agent) {
		return this.transactions.execute((status) -> {
			AgentProfile profile = this.agents.find(agent)
				.orElseThrow(() -> new EscalationRefused(EscalationRefused.Kind.NOT_YOURS, "Unknown agent " + agent));
			this.agents.seen(List.of(agent), this.clock.instant());
			var claimed = this.escalations.claim(id, agent, profile.capacity());
			if (claimed.isEmpty()) {
				Escalation current = find(id);
				if (current.claimedBy(agent)) {
					return current;
				}
				if (current.status() == EscalationStatus.WAITING) {
					throw new EscalationRefused(EscalationRefused.Kind.AT_CAPACITY, "You already have "
							+ profile.capacity() + " conversations, as many as you take at once. Resolve one first.");
				}
				throw new EscalationRefused(EscalationRefused.Kind.TAKEN,
						(current.status() == EscalationStatus.CLAIMED)
								? "Another agent (" + current.agent() + ") has already taken this conversation."
								: "This conversation is no longer waiting (" + current.status() + ").");
			}
			Escalation escalation = claimed.get();
			tellShopper(escalation, said(escalation, () -> HandoffPhrases.agentJoined(language(escalation))),
					Sender.SYSTEM, null, List.of());
			this.console.queue("CLAIMED", escalation);
			return escalation;
		});
	}

	/**
	 * Sends the agent's answer to the shopper. A resend with the same client id is the
	 * same message.
	 */
	public Message reply(UUID id, String agent, String clientMessageId, String text) {
		if (text == null || text.isBlank() || text.length() > this.chat.maxMessageLength()) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID,
					"text must be 1 to " + this.chat.maxMessageLength() + " characters.");
		}
		if (clientMessageId == null || clientMessageId.isBlank() || clientMessageId.length() > 58) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID, "clientMessageId must be 1 to 58 characters.");
		}
		return this.transactions.execute((status) -> {
			Escalation escalation = owned(id, agent);
			this.agents.seen(List.of(agent), this.clock.instant());
			String key = "agent:" + clientMessageId;
			var earlier = this.messages.findByClientId(escalation.conversationId(), key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			// An answer pasted from the knowledge base keeps its actions as buttons.
			AnswerActions.Extracted said = AnswerActions.extract(text.strip());
			Message sent = this.messages.append(escalation.conversationId(),
					new NewMessage(Sender.AGENT, said.text(), key, null, null,
							said.buttons().stream().map((b) -> new QuickReply(b.label(), b.value())).toList(),
							List.of()));
			this.escalations.answered(id);
			this.shoppers.push(escalation.shopper(), sent);
			return sent;
		});
	}

	/**
	 * The agent who has the conversation is writing: the shopper sees it. Changes
	 * nothing.
	 * @param id the escalation
	 * @param agent who writes (only the agent who has it)
	 */
	public void typing(UUID id, String agent) {
		Escalation escalation = owned(id, agent);
		this.shoppers.typing(escalation.shopper(), escalation.conversationId().value(), Sender.AGENT, true);
	}

	/**
	 * The agent who has the conversation has read it up to a message: the shopper sees
	 * it.
	 * @param id the escalation
	 * @param agent who has read (only the agent who has it)
	 * @param seq the last message shown to them
	 * @throws EscalationRefused of kind INVALID if the number names no message of the
	 * conversation
	 */
	public void read(UUID id, String agent, long seq) {
		Escalation escalation = owned(id, agent);
		try {
			this.reads.agentRead(escalation.conversationId(), seq);
		}
		catch (ReadRefused ex) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID, ex.getMessage());
		}
	}

	public void note(UUID id, String agent, String text) {
		if (text == null || text.isBlank() || text.length() > MAX_NOTE) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID,
					"A note must be 1 to " + MAX_NOTE + " characters.");
		}
		this.transactions.executeWithoutResult((status) -> {
			owned(id, agent);
			this.escalations.note(id, agent, text.strip());
		});
	}

	/**
	 * Moves the agent's conversation to another agent of the shop, who has it at once, or
	 * back to the queue for the agents with a skill. The note goes with it: kept among
	 * the notes and shown in the queue beside the conversation.
	 * @param id the escalation
	 * @param agent who has it
	 * @param target where it goes
	 * @param note what the next person should know
	 * @return the moved escalation
	 * @throws EscalationRefused of kind INVALID for a target that cannot take it or a
	 * missing note, NOT_YOURS if the agent does not have it
	 */
	public Escalation transfer(UUID id, String agent, TransferTarget target, String note) {
		if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID,
					"A transfer needs a note of 1 to " + MAX_NOTE + " characters for the next person.");
		}
		return this.transactions.execute((status) -> {
			Escalation escalation = owned(id, agent);
			String shop = escalation.shopper().shopId();
			Escalation moved;
			String to;
			if (target.agent() != null) {
				String other = target.agent().strip();
				if (other.equals(agent)) {
					throw new EscalationRefused(EscalationRefused.Kind.INVALID, "You already have this conversation.");
				}
				boolean takes = this.staff.findByUsername(other)
					.filter((a) -> a.enabled() && worksAsAgent(a, shop))
					.isPresent();
				if (!takes) {
					throw new EscalationRefused(EscalationRefused.Kind.INVALID,
							"No agent " + other + " works on this shop's conversations.");
				}
				moved = this.escalations.transferToAgent(id, agent, other).orElseThrow(() -> notYours());
				to = other;
			}
			else {
				moved = this.escalations.transferToSkill(id, agent, target.skill()).orElseThrow(() -> notYours());
				to = "skill:" + target.skill();
			}
			this.escalations.note(id, agent, note.strip(), to);
			this.console.queue("TRANSFERRED", moved);
			return moved;
		});
	}

	private static boolean worksAsAgent(StaffAccount account, String shop) {
		return account.platformAdmin() || account.roles().contains(StaffRole.AGENT)
				|| account.shops().getOrDefault(shop, Set.of()).contains(StaffRole.AGENT);
	}

	private static EscalationRefused notYours() {
		return new EscalationRefused(EscalationRefused.Kind.NOT_YOURS, "This conversation is no longer yours.");
	}

	/**
	 * Where a conversation is transferred: exactly one of an agent and a skill.
	 *
	 * @param agent the agent's username
	 * @param skill the skill (the agents with it get it first in their queue)
	 */
	public record TransferTarget(String agent, String skill) {

		private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}_.-]{1,40}");

		public TransferTarget {
			boolean toAgent = agent != null && !agent.isBlank();
			boolean toSkill = skill != null && !skill.isBlank();
			if (toAgent == toSkill) {
				throw new EscalationRefused(EscalationRefused.Kind.INVALID,
						"Name either an agent or a skill to transfer to, not both or neither.");
			}
			if (toSkill && !SKILL.matcher(skill.strip()).matches()) {
				throw new EscalationRefused(EscalationRefused.Kind.INVALID,
						"A skill is 1 to 40 letters, digits, dots, dashes or underscores.");
			}
			agent = toAgent ? agent.strip() : null;
			skill = toSkill ? skill.strip() : null;
		}

	}

	/** Ends the conversation with a person; the shopper is asked to rate it. */
	public Escalation resolve(UUID id, String agent) {
		return close(id, agent, this.escalations::resolve);
	}

	/** Gives the conversation back to the bot. */
	public Escalation handBack(UUID id, String agent) {
		return close(id, agent, this.escalations::handBack);
	}

	private Escalation close(UUID id, String agent, BiFunction<UUID, String, Optional<Escalation>> transition) {
		return this.transactions.execute((status) -> {
			owned(id, agent);
			Escalation closed = transition.apply(id, agent)
				.orElseThrow(() -> new EscalationRefused(EscalationRefused.Kind.NOT_YOURS,
						"This conversation is no longer yours."));
			QueryText language = language(closed);
			if (closed.status() == EscalationStatus.RESOLVED) {
				BotReply ask = Voice.inShop(this.shops.wordingOf(closed.shopper().shopId()),
						() -> SatisfactionAsk.ask(language));
				tellShopper(closed, ask.text(), Sender.BOT, Intent.CSAT_ASK.name(),
						ask.buttons().stream().map((b) -> new QuickReply(b.label(), b.value())).toList());
			}
			else {
				tellShopper(closed, said(closed, () -> HandoffPhrases.handedBack(language)), Sender.BOT,
						Intent.HANDOFF.name(), List.of());
			}
			this.console.queue("CLOSED", closed);
			return closed;
		});
	}

	/**
	 * One escalation.
	 * @throws EscalationRefused of kind NOT_FOUND if there is none
	 */
	public Escalation find(UUID id) {
		return this.escalations.find(id)
			.orElseThrow(() -> new EscalationRefused(EscalationRefused.Kind.NOT_FOUND, "No escalation " + id + "."));
	}

	private Escalation owned(UUID id, String agent) {
		Escalation escalation = find(id);
		if (!escalation.claimedBy(agent)) {
			throw new EscalationRefused(EscalationRefused.Kind.NOT_YOURS,
					"Only the agent who has this conversation can do that; claim it first.");
		}
		return escalation;
	}

	/** Says a sentence in the escalation's shop's wording. */
	private String said(Escalation escalation, Supplier<String> sentence) {
		return Voice.inShop(this.shops.wordingOf(escalation.shopper().shopId()), sentence);
	}

	private void tellShopper(Escalation escalation, String text, Sender sender, String intent,
			List<QuickReply> buttons) {
		Message message = this.messages.append(escalation.conversationId(),
				new NewMessage(sender, text, null, null, intent, buttons, List.of()));
		this.shoppers.push(escalation.shopper(), message);
	}

	private QueryText language(Escalation escalation) {
		// The language is the one the shopper was escalated in (a pasted link or order
		// number must not switch it); their latest words in it decide the script.
		return this.messages.latest(escalation.conversationId(), 20)
			.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER)
			.map((m) -> QueryText.of(m.body()))
			.filter((q) -> q.language().code().equals(escalation.language()))
			.findFirst()
			.orElse(QueryText.of(escalation.language().equals("en") ? "hello" : "您好"));
	}

}
