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

	DialogueDecision(Intent intent, List<BotReply> replies, SearchResult gap) {
		this(intent, replies, gap, null, null, null);
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
