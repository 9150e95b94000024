package dev.kefu.bot.dialogue;

import java.util.List;

import dev.kefu.knowledge.search.SearchResult;

/**
 * What the bot does with a turn.
 *
 * @param intent what the turn was understood to be
 * @param replies the messages to send, in order
 * @param gap a question ops should see (unanswered or unsure), or {@code null}
 * @param rating the shopper's satisfaction rating (1 to 5) to store, or {@code null}
 * @param ratingAsk a request for a rating to send after the replies, or {@code null}
 * @param flow the multi-turn flow the conversation is in after this turn, or {@code null}
 * for none
 */
public record DialogueDecision(Intent intent, List<BotReply> replies, SearchResult gap, Integer rating,
		BotReply ratingAsk, ReturnFlow flow) {

	public DialogueDecision {
		replies = List.copyOf(replies);
	}

	/**
	 * One message, and nothing for ops, no rating and no flow.
	 * @param intent what the turn was understood to be
	 * @param reply the message
	 * @return the decision
	 */
	public static DialogueDecision reply(Intent intent, BotReply reply) {
		return replies(intent, List.of(reply));
	}

	/**
	 * Messages, and nothing for ops, no rating and no flow.
	 * @param intent what the turn was understood to be
	 * @param replies the messages, in order
	 * @return the decision
	 */
	public static DialogueDecision replies(Intent intent, List<BotReply> replies) {
		return new DialogueDecision(intent, replies, null, null, null, null);
	}

	/**
	 * A message for a question the knowledge base did not answer for sure: ops see it.
	 * @param intent what the turn was understood to be
	 * @param reply the message (choices, or a way to a person)
	 * @param gap the search that found no sure answer
	 * @return the decision
	 */
	static DialogueDecision unanswered(Intent intent, BotReply reply, SearchResult gap) {
		return new DialogueDecision(intent, List.of(reply), gap, null, null, null);
	}

	/**
	 * The shopper's rating, stored, and thanks for it.
	 * @param score 1 to 5
	 * @param thanks the message
	 * @return the decision
	 */
	static DialogueDecision rated(int score, BotReply thanks) {
		return new DialogueDecision(Intent.RATING, List.of(thanks), null, score, null, null);
	}

	/**
	 * Nothing to say in the turn itself: the case it moved sends its own notice.
	 * @param intent what the turn was understood to be
	 * @return the decision
	 */
	static DialogueDecision noReply(Intent intent) {
		return replies(intent, List.of());
	}

	/**
	 * This turn handed to a person, or a person offered: other messages, the gap, rating
	 * and flow kept, and no rating asked.
	 * @param intent {@link Intent#HANDOFF} or {@link Intent#HANDOFF_OFFER}
	 * @param replies the messages, in order
	 * @return the decision
	 */
	public DialogueDecision handingOff(Intent intent, List<BotReply> replies) {
		return new DialogueDecision(intent, replies, this.gap, this.rating, null, this.flow);
	}

	DialogueDecision withReplies(List<BotReply> value) {
		return new DialogueDecision(this.intent, value, this.gap, this.rating, this.ratingAsk, this.flow);
	}

	DialogueDecision withFlow(ReturnFlow value) {
		return new DialogueDecision(this.intent, this.replies, this.gap, this.rating, this.ratingAsk, value);
	}

	DialogueDecision withIntent(Intent value) {
		return new DialogueDecision(value, this.replies, this.gap, this.rating, this.ratingAsk, this.flow);
	}

	DialogueDecision withRatingAsk(BotReply ask) {
		return new DialogueDecision(this.intent, this.replies, this.gap, this.rating, ask, this.flow);
	}

}
