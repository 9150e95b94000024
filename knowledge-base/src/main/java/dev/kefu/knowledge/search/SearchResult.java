package dev.kefu.knowledge.search;

import java.util.List;
import java.util.Optional;

/**
 * The ranked matches for a question, how likely the first one is right, and what to do
 * about it.
 *
 * @param query the question as searched
 * @param matches best first
 * @param confidence calibrated probability that the first match is the right entry
 * @param verdict answer, offer choices, or admit no match
 */
public record SearchResult(QueryText query, List<Match> matches, double confidence, Verdict verdict) {

	public SearchResult {
		matches = List.copyOf(matches);
	}

	static SearchResult nothing(QueryText query) {
		return new SearchResult(query, List.of(), 0, Verdict.NO_MATCH);
	}

	public Optional<Match> best() {
		return this.matches.stream().findFirst();
	}

}
