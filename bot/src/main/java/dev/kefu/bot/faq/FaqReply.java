package dev.kefu.bot.faq;

import java.util.List;

import dev.kefu.knowledge.search.Verdict;

/**
 * The bot's reply to a question.
 *
 * @param verdict answer, offer choices, or no match
 * @param text what the shopper reads
 * @param entryId the entry answered with (kept on the message), or {@code null}
 * @param choices the entries offered as quick replies, when unsure
 * @param confidence how sure the search was
 */
public record FaqReply(Verdict verdict, String text, String entryId, List<Choice> choices, double confidence) {

	public FaqReply {
		choices = List.copyOf(choices);
	}

	/**
	 * An entry offered as a quick reply.
	 *
	 * @param entryId the entry
	 * @param question its question, in the shopper's script
	 */
	public record Choice(String entryId, String question) {
	}

}
