package dev.kefu.knowledge.eval;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.Match;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;

/**
 * What the search did with one case.
 *
 * @param evalCase the case
 * @param result the search result
 * @param nanos how long the search took
 */
public record CaseOutcome(EvalCase evalCase, SearchResult result, long nanos) {

	Language language() {
		return this.result.query().language();
	}

	/**
	 * Whether the first match is the expected entry (never, for a NONE case).
	 * @return {@code true} when right at rank 1
	 */
	public boolean topIsRight() {
		return rankOfExpected() == 1;
	}

	/**
	 * 1-based rank of the expected entry among the matches, 0 when absent or NONE.
	 * @return the rank
	 */
	int rankOfExpected() {
		if (this.evalCase.expectsNoAnswer()) {
			return 0;
		}
		for (int i = 0; i < this.result.matches().size(); i++) {
			Match match = this.result.matches().get(i);
			if (match.entryId().equals(this.evalCase.expected())) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * Whether the bot's behaviour was right without a person: answered with the right
	 * entry, offered choices that include it, or refused a NONE case.
	 * @return {@code true} when handled right
	 */
	boolean handledRight() {
		Verdict verdict = this.result.verdict();
		if (this.evalCase.expectsNoAnswer()) {
			return verdict == Verdict.NO_MATCH;
		}
		int rank = rankOfExpected();
		return (verdict == Verdict.ANSWER && rank == 1)
				|| (verdict == Verdict.OFFER_CHOICES && rank >= 1 && rank <= this.result.choices().size());
	}

	/**
	 * The first match's similarity minus the none class's (what the confidence model
	 * weighs against out-of-scope questions).
	 * @return the lead, 0 without matches
	 */
	double outOfScopeLead() {
		return this.result.matches().isEmpty() ? 0
				: this.result.explanation().outOfScopeLead(this.result.matches().get(0).cosine());
	}

	double firstScore() {
		return this.result.matches().isEmpty() ? 0 : this.result.matches().get(0).score();
	}

	double secondScore() {
		return (this.result.matches().size() > 1) ? this.result.matches().get(1).score() : 0;
	}

}
