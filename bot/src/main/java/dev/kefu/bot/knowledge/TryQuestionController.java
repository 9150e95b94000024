package dev.kefu.bot.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.faq.FaqReplies;
import dev.kefu.bot.faq.FaqReply;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.Match;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.SearchResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "try a question" box: the ranked matches with their scores, the confidence, and the
 * reply the bot would give. Nothing is recorded as a gap.
 */
@RestController
@RequestMapping("/api/ops/kb/try")
class TryQuestionController {

	private final KnowledgeSearch search;

	private final FaqReplies replies;

	private final Clock clock;

	TryQuestionController(KnowledgeSearch search, FaqReplies replies, Clock clock) {
		this.search = search;
		this.replies = replies;
		this.clock = clock;
	}

	@PostMapping
	TryResult tryQuestion(@Valid @RequestBody TryRequest request) {
		SearchResult result = this.search.search(new SearchRequest(request.question(),
				(request.productCategories() != null) ? request.productCategories() : Set.of(), Set.of(),
				this.clock.instant(), 5));
		return new TryResult(result.query().language().code(), result.matches(), result.confidence(),
				this.replies.replyTo(result));
	}

	record TryRequest(@NotBlank @Size(max = 1000) String question, Set<String> productCategories) {
	}

	record TryResult(String language, List<Match> matches, double confidence, FaqReply reply) {
	}

}
