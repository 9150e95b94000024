package dev.kefu.bot.faq;

import java.util.List;
import java.util.Optional;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.answer.GroundedAnswerCheck;
import dev.kefu.knowledge.answer.GroundedPhrasing;
import dev.kefu.knowledge.answer.Passage;
import dev.kefu.knowledge.answer.PhrasedAnswer;
import dev.kefu.knowledge.answer.PhrasingRequest;
import dev.kefu.knowledge.entry.EntryVersion;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.search.Match;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a search result into the bot's reply, in the language and script the shopper
 * wrote in: entries are stored in Simplified Chinese and converted for a shopper who
 * writes Traditional.
 */
@Component
public class FaqReplies {

	private final KnowledgeEntries entries;

	private final GroundedPhrasing phrasing;

	FaqReplies(KnowledgeEntries entries, ObjectProvider<GroundedPhrasing> phrasing) {
		this.entries = entries;
		this.phrasing = phrasing.getIfAvailable();
	}

	/**
	 * The reply in the question's language and script.
	 * @param shopId the shop whose knowledge base was searched
	 * @param result what the search found
	 * @return the reply
	 */
	public FaqReply replyTo(String shopId, SearchResult result) {
		return replyTo(shopId, result, result.query());
	}

	/**
	 * The reply in a given language and script (the conversation's, when the question
	 * itself shows none).
	 * @param shopId the shop whose knowledge base was searched
	 * @param result what the search found
	 * @param query the language and script to answer in
	 * @return the reply
	 */
	public FaqReply replyTo(String shopId, SearchResult result, QueryText query) {
		return switch (result.verdict()) {
			case ANSWER -> {
				Match best = result.best().orElseThrow();
				EntryVersion entry = live(shopId, best);
				yield new FaqReply(Verdict.ANSWER,
						phrased(query, best.entryId(), entry)
							.orElseGet(() -> query.inShopperScript(entry.content().answer())),
						best.entryId(), List.of(), result.confidence());
			}
			case OFFER_CHOICES -> new FaqReply(Verdict.OFFER_CHOICES, Voice.say(query, "kb.did-you-mean"), null,
					result.choices()
						.stream()
						.map((match) -> new FaqReply.Choice(match.entryId(),
								query.inShopperScript(live(shopId, match).content().question())))
						.toList(),
					result.confidence());
			case NO_MATCH -> new FaqReply(Verdict.NO_MATCH, Voice.say(query, "kb.cannot-answer"), null, List.of(),
					result.confidence());
		};
	}

	/**
	 * The entry's answer in the model's words, when a model is configured and its answer
	 * passes every guardrail; otherwise empty, and the entry's own text is used.
	 */
	private Optional<String> phrased(QueryText query, String entryId, EntryVersion entry) {
		if (this.phrasing == null) {
			return Optional.empty();
		}
		PhrasingRequest request = new PhrasingRequest(query.original(), query.language(),
				query.script() == ChineseScript.TRADITIONAL,
				List.of(new Passage(entryId, entry.content().question(), entry.content().answer())));
		return this.phrasing.phrase(request)
			.filter((answer) -> GroundedAnswerCheck.passes(answer, request, this.phrasing.instructionMarkers()))
			.map(PhrasedAnswer::text);
	}

	private EntryVersion live(String shopId, Match match) {
		return this.entries.publishedVersion(shopId, match.entryId())
			.orElseGet(() -> this.entries.get(shopId, match.entryId()).latest());
	}

}
