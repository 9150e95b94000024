package dev.kefu.bot.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.dialogue.SocialTurnExamples;
import dev.kefu.bot.dialogue.TurnReader;
import dev.kefu.bot.faq.FaqReplies;
import dev.kefu.bot.faq.FaqReply;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.search.Explanation;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.Match;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.SearchResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "try a question" box: how the bot reads the turn (the rule it falls under, or the
 * knowledge base's ranked matches with their scores), the reply it would give, and the
 * decision trace: which rule or entry, the evidence, why it refused. Nothing is recorded
 * as a gap. An optional previous message reads the question as a follow-up.
 */
@RestController
@RequestMapping("/api/ops/kb/try")
class TryQuestionController {

	private final KnowledgeSearches searches;

	private final FaqReplies replies;

	private final Clock clock;

	private final StaffShops shops;

	private final SocialTurnExamples socialExamples;

	TryQuestionController(KnowledgeSearches searches, FaqReplies replies, Clock clock, StaffShops shops,
			SocialTurnExamples socialExamples) {
		this.socialExamples = socialExamples;
		this.searches = searches;
		this.replies = replies;
		this.clock = clock;
		this.shops = shops;
	}

	@PostMapping
	TryResult tryQuestion(@Valid @RequestBody TryRequest request, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		KnowledgeSearch search = this.searches.forShop(shopId);
		TurnReader.TurnReading reading = new TurnReader(search, this.socialExamples, this.clock::instant)
			.read(request.question(), blankToNull(request.previous()));
		List<FaqReply> answers = reading.answers()
			.stream()
			.map((result) -> this.replies.replyTo(shopId, result, reading.language()))
			.toList();
		SearchResult result = (reading.result() != null) ? reading.result()
				: search.search(new SearchRequest(request.question(),
						(request.productCategories() != null) ? request.productCategories() : Set.of(), Set.of(),
						this.clock.instant(), 5));
		FaqReply reply = !answers.isEmpty() ? answers.get(0) : this.replies.replyTo(shopId, result, reading.language());
		return new TryResult(reading.intent().name(), reading.language().language().code(), result.matches(),
				result.confidence(), reply, answers, result.explanation(), reading.trace());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	record TryRequest(@NotBlank @Size(max = 1000) String question, @Size(max = 1000) String previous,
			Set<String> productCategories) {
	}

	/**
	 * What the bot would do.
	 *
	 * @param intent the rule the turn falls under, or {@code FAQ}
	 * @param language the language it answers in
	 * @param matches the knowledge base's ranked matches for the question
	 * @param confidence how sure the search is of the first
	 * @param reply the knowledge base's reply (for {@code FAQ}; for a social turn or a
	 * statement, what the knowledge base alone would have said)
	 * @param answers every answer given, one per question in the message
	 * @param explanation the evidence the search weighed
	 * @param trace what decided, in order
	 */
	record TryResult(String intent, String language, List<Match> matches, double confidence, FaqReply reply,
			List<FaqReply> answers, Explanation explanation, List<String> trace) {
	}

}
