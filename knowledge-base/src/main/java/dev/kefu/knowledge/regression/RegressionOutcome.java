package dev.kefu.knowledge.regression;

import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;

/**
 * How the search handled one regression case.
 *
 * @param regressionCase the case
 * @param answeredWith the first match, or {@code null}
 * @param verdict what the bot would do
 * @param confidence how sure it is
 * @param passes whether that is what the case expects: the expected entry first and not
 * refused, or a refusal when no entry may answer
 */
public record RegressionOutcome(RegressionCase regressionCase, String answeredWith, Verdict verdict, double confidence,
		boolean passes) {

	static RegressionOutcome of(RegressionCase regressionCase, SearchResult result) {
		String first = result.best().map((match) -> match.entryId()).orElse(null);
		boolean passes = (regressionCase.expectedEntryId() == null) ? result.verdict() == Verdict.NO_MATCH
				: regressionCase.expectedEntryId().equals(first) && result.verdict() != Verdict.NO_MATCH;
		return new RegressionOutcome(regressionCase, first, result.verdict(), result.confidence(), passes);
	}

}
