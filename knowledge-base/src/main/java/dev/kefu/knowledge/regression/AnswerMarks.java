package dev.kefu.knowledge.regression;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.kefu.knowledge.entry.EntryNotFound;
import dev.kefu.knowledge.entry.KnowledgeEntries;

/**
 * Agents and ops mark a bot answer wrong, naming the right entry or "none". A marked
 * answer becomes a regression case (the question must be answered by the right entry, or
 * not at all), so that a publish that brings the mistake back shows it before it goes
 * live; a "none" also joins the none class the search weighs, so the same question is
 * refused from then on.
 */
public class AnswerMarks {

	/** Where an answer can be marked. */
	public static final Set<String> PLACES = Set.of("console", "gaps", "insights", "try");

	private final RegressionCases cases;

	private final KnowledgeEntries entries;

	private final Consumer<String> afterNoneMark;

	/**
	 * Creates the marks.
	 * @param cases the regression set they join
	 * @param entries to check that a named right entry exists
	 * @param afterNoneMark refreshes a shop's none class (off the caller's thread)
	 */
	public AnswerMarks(RegressionCases cases, KnowledgeEntries entries, Consumer<String> afterNoneMark) {
		this.cases = cases;
		this.entries = entries;
		this.afterNoneMark = afterNoneMark;
	}

	/**
	 * Marks an answer wrong.
	 * @param shopId the shop whose bot answered
	 * @param question what the shopper asked
	 * @param answeredEntryId the entry the bot answered with, or {@code null}
	 * @param rightEntryId the entry that should have answered, or {@code null} for none
	 * @param actor who marks it
	 * @param place where ({@link #PLACES})
	 * @return the regression case it became
	 */
	public RegressionCase mark(String shopId, String question, String answeredEntryId, String rightEntryId,
			String actor, String place) {
		if (!PLACES.contains(place)) {
			throw new IllegalArgumentException("place must be one of " + PLACES);
		}
		if (rightEntryId != null && this.entries.find(shopId, rightEntryId).isEmpty()) {
			throw new EntryNotFound(rightEntryId);
		}
		if (rightEntryId != null && rightEntryId.equals(answeredEntryId)) {
			throw new IllegalArgumentException("the right entry is the one the bot answered with");
		}
		RegressionCase saved = this.cases.save(shopId, question, rightEntryId, actor, RegressionCase.MARK + place,
				answeredEntryId, null);
		if (rightEntryId == null) {
			this.afterNoneMark.accept(shopId);
		}
		return saved;
	}

	/**
	 * A shop's marked answers, newest first.
	 * @param shopId the shop
	 * @param limit how many at most
	 * @return the marks
	 */
	public List<RegressionCase> recent(String shopId, int limit) {
		return this.cases.all(shopId)
			.stream()
			.filter(RegressionCase::isMark)
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.limit(limit)
			.toList();
	}

}
