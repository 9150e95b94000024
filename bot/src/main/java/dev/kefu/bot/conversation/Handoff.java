package dev.kefu.bot.conversation;

import java.util.List;
import java.util.Optional;

import dev.kefu.bot.dialogue.BotReply;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;

/**
 * Where a turn meets the people: whether a person has the conversation (the bot then
 * stays quiet and the shopper's words go to them), and whether the bot's answer should
 * give way to a person. The escalation feature implements it; without it the bot answers
 * everything.
 */
public interface Handoff {

	/**
	 * Called once the shopper's message is stored, before the bot thinks about it.
	 * @param conversation the conversation
	 * @param shopperMessage the stored message
	 * @return true when a person has the conversation or is about to: the bot stays quiet
	 * and the message is theirs
	 */
	boolean takenByPerson(ConversationId conversation, Message shopperMessage);

	/**
	 * Like {@link #takenByPerson}, with what the bot still says while a person has the
	 * conversation or is awaited (asked for a person again, the shopper hears their place
	 * and the wait).
	 * @param conversation the conversation
	 * @param shopperMessage the stored message
	 * @return empty when the bot has the conversation; else the bot's replies, often none
	 */
	default Optional<List<BotReply>> whilePerson(ConversationId conversation, Message shopperMessage) {
		return takenByPerson(conversation, shopperMessage) ? Optional.of(List.of()) : Optional.empty();
	}

	/**
	 * Called in the transaction that stores the bot's answer: may hand the conversation
	 * to a person, in which case the shopper is told so instead of (or after) the bot's
	 * answer.
	 * @param context what the conversation held before the turn
	 * @param earlier the conversation's latest messages before this one, oldest first
	 * @param shopperMessage the stored message
	 * @param decision what the bot decided
	 * @return the decision to store and send: the bot's own, or the handover
	 */
	DialogueDecision review(DialogueContext context, List<Message> earlier, Message shopperMessage,
			DialogueDecision decision);

	/** No people: the bot answers everything. */
	Handoff NONE = new Handoff() {

		@Override
		public boolean takenByPerson(ConversationId conversation, Message shopperMessage) {
			return false;
		}

		@Override
		public DialogueDecision review(DialogueContext context, List<Message> earlier, Message shopperMessage,
				DialogueDecision decision) {
			return decision;
		}

	};

}
