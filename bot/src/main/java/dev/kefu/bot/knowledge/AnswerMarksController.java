package dev.kefu.bot.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kefu.knowledge.regression.AnswerMarks;
import dev.kefu.knowledge.regression.RegressionCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Marking a bot answer wrong, with the right entry or "none": ops from the gaps view, the
 * "try a question" box and the answers insights lists per entry; agents from the console.
 * Each mark becomes a regression case (see {@link AnswerMarks}).
 */
@RestController
class AnswerMarksController {

	private final AnswerMarks marks;

	private final JdbcClient jdbc;

	private final StaffShops shops;

	AnswerMarksController(AnswerMarks marks, JdbcClient jdbc, StaffShops shops) {
		this.marks = marks;
		this.jdbc = jdbc;
		this.shops = shops;
	}

	@PostMapping("/api/ops/kb/answer-marks")
	RegressionCase markByOps(@Valid @RequestBody OpsMark mark, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return this.marks.mark(this.shops.forOps(staff, shop), mark.question(), blankToNull(mark.answeredEntryId()),
				blankToNull(mark.rightEntryId()), staff.getName(), mark.place());
	}

	@GetMapping("/api/ops/kb/answer-marks")
	List<RegressionCase> recent(@RequestParam(defaultValue = "50") int limit, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return this.marks.recent(this.shops.forOps(staff, shop), Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * The questions shoppers recently got this entry's answer to, newest first: what ops
	 * read to find the wrong ones (insights' top entries link here).
	 */
	@GetMapping("/api/ops/kb/answer-marks/answered")
	List<Answered> answeredWith(@RequestParam String entryId, @RequestParam(defaultValue = "30") int limit,
			Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return this.jdbc.sql("""
				select q.body as question, a.created_at as answered_at
				from messages a
				join conversations c on c.id = a.conversation_id and c.shop_id = ?
				join lateral (
				    select s.body from messages s
				    where s.conversation_id = a.conversation_id and s.seq < a.seq and s.sender = 'SHOPPER'
				    order by s.seq desc limit 1
				) q on true
				where a.sender = 'BOT' and a.entry_id = ?
				order by a.created_at desc limit ?
				""")
			.params(this.shops.forOps(staff, shop), entryId, Math.max(1, Math.min(limit, 200)))
			.query((row, n) -> new Answered(row.getString("question"), row.getTimestamp("answered_at").toInstant()))
			.list();
	}

	/**
	 * An agent marks a bot message in a conversation they see: the question is the
	 * shopper's message before it, the wrong entry the one it answered with.
	 */
	@PostMapping("/api/agent/answers/marks")
	RegressionCase markByAgent(@Valid @RequestBody AgentMark mark, Authentication agent) {
		Answer answer = this.jdbc.sql("""
				select c.shop_id, a.entry_id, q.body as question
				from messages a
				join conversations c on c.id = a.conversation_id
				join lateral (
				    select s.body from messages s
				    where s.conversation_id = a.conversation_id and s.seq < a.seq and s.sender = 'SHOPPER'
				    order by s.seq desc limit 1
				) q on true
				where a.conversation_id = ? and a.seq = ? and a.sender = 'BOT' and a.entry_id is not null
				""")
			.params(mark.conversationId(), mark.seq())
			.query((row, n) -> new Answer(row.getString("shop_id"), row.getString("entry_id"),
					row.getString("question")))
			.optional()
			// Another shop's conversation answers as if it did not exist.
			.filter((found) -> this.shops.agentOf(agent, found.shopId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No bot answer from the knowledge base at that place in the conversation."));
		return this.marks.mark(answer.shopId(), cut(answer.question()), answer.entryId(),
				blankToNull(mark.rightEntryId()), agent.getName(), "console");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank() || "none".equalsIgnoreCase(value.strip())) ? null : value.strip();
	}

	/**
	 * Regression questions are at most 300 characters; a shopper's message may be longer.
	 */
	private static String cut(String question) {
		return (question.length() <= 300) ? question : question.substring(0, 300);
	}

	/**
	 * A mark from an ops page.
	 *
	 * @param question the shopper's question
	 * @param answeredEntryId the entry the bot answered with (empty when it did not)
	 * @param rightEntryId the entry that should answer, or empty / "none"
	 * @param place {@code gaps}, {@code try} or {@code insights}
	 */
	record OpsMark(@NotBlank @Size(max = 300) String question, @Size(max = 80) String answeredEntryId,
			@Size(max = 80) String rightEntryId, @NotBlank String place) {
	}

	/**
	 * A mark from the agent console.
	 *
	 * @param conversationId the conversation
	 * @param seq the bot message's place in it
	 * @param rightEntryId the entry that should answer, or empty / "none"
	 */
	record AgentMark(@NotNull UUID conversationId, @Positive long seq, @Size(max = 80) String rightEntryId) {
	}

	/**
	 * A question answered with an entry.
	 *
	 * @param question what the shopper asked
	 * @param answeredAt when the bot answered
	 */
	record Answered(String question, Instant answeredAt) {
	}

	private record Answer(String shopId, String entryId, String question) {
	}

}
