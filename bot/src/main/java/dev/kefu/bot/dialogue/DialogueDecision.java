package dev.kefu.bot.dialogue;

import java.util.List;

import dev.kefu.knowledge.search.SearchResult;

/**
 * What the bot does with a turn.
 *
 * @param intent what the turn was understood to be
 * @param replies the messages to send, in order
 * @param gap a question ops should see (unanswered or unsure), or {@code null}
 */
public record DialogueDecision(Intent intent, List<BotReply> replies, SearchResult gap) {

	public DialogueDecision {
		replies = List.copyOf(replies);
	}

}
