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
 * @param outOfSeason whether the expected entry is outside its validity window now (an
 * 11.11 question in December): such a case is not run against the live index
 */
public record RegressionOutcome(RegressionCase regressionCase, String answeredWith, Verdict verdict, double confidence,
		boolean passes, boolean outOfSeason) {

	static RegressionOutcome of(RegressionCase regressionCase, SearchResult result) {
		String first = result.best().map((match) -> match.entryId()).orElse(null);
		boolean passes = (regressionCase.expectedEntryId() == null) ? result.verdict() == Verdict.NO_MATCH
				: regressionCase.expectedEntryId().equals(first) && result.verdict() != Verdict.NO_MATCH;
		return new RegressionOutcome(regressionCase, first, result.verdict(), result.confidence(), passes, false);
	}

	static RegressionOutcome outOfSeason(RegressionCase regressionCase) {
		return new RegressionOutcome(regressionCase, null, Verdict.NO_MATCH, 0, true, true);
	}

	/**
	 * Whether this is news: a failure nobody expected.
	 * @return {@code true} for an unexpected failure
	 */
	public boolean failsUnexpectedly() {
		return !this.passes && this.regressionCase.knownFailure() == null;
	}

}
