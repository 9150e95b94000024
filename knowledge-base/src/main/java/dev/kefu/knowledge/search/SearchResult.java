package dev.kefu.knowledge.search;

import java.util.ArrayList;
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
 * @param explanation why
 */
public record SearchResult(QueryText query, List<Match> matches, double confidence, Verdict verdict,
		Explanation explanation) {

	public SearchResult {
		matches = List.copyOf(matches);
	}

	static SearchResult nothing(QueryText query, String why) {
		return new SearchResult(query, List.of(), 0, Verdict.NO_MATCH, Explanation.none(List.of(why)));
	}

	public Optional<Match> best() {
		return this.matches.stream().findFirst();
	}

	/**
	 * The entries to offer when the verdict is to offer choices: only those close to the
	 * question and to the first (three unrelated entries are noise, not help).
	 * @return the choices, best first; empty for other verdicts
	 */
	public List<Match> choices() {
		if (this.verdict != Verdict.OFFER_CHOICES) {
			return List.of();
		}
		return this.matches.subList(0, Math.min(this.explanation.choices(), this.matches.size()));
	}

	/**
	 * This result as an answer with its first entry, for a reading the search alone could
	 * not settle: a follow-up whose previous answer speaks of what it asks.
	 * @param why what settled it, added to the explanation's notes
	 * @return the same matches, answered
	 */
	public SearchResult answeredInContext(String why) {
		return answered(this.matches, why);
	}

	/**
	 * This result as an answer with one of its later matches, for a reading whose first
	 * entry the conversation rules out: "小孩的呢" after "尺码怎么选" finds the size guide first,
	 * which the shopper already had, and the children's sizes next.
	 * @param match one of the matches
	 * @param why what settled it, added to the explanation's notes
	 * @return the matches with that one first, answered
	 */
	public SearchResult answeredWith(Match match, String why) {
		if (!this.matches.contains(match)) {
			throw new IllegalArgumentException("not one of the matches: " + match.entryId());
		}
		List<Match> reordered = new ArrayList<>(this.matches);
		reordered.remove(match);
		reordered.add(0, match);
		return answered(reordered, why);
	}

	/**
	 * This result without one entry among its choices: the answer a follow-up has just
	 * had is no choice to offer it again. Without other choices nothing is offered.
	 * @param entryId the entry to leave out of the choices
	 * @param why what ruled it out, added to the explanation's notes
	 * @return the result with the other choices, or refused when none is left; this
	 * result itself when it offers no such choice
	 */
	public SearchResult withoutChoice(String entryId, String why) {
		List<Match> offered = choices();
		if (offered.stream().noneMatch((m) -> m.entryId().equals(entryId))) {
			return this;
		}
		List<Match> kept = this.matches.stream().filter((m) -> !m.entryId().equals(entryId)).toList();
		int choices = offered.size() - 1;
		List<String> notes = new ArrayList<>(this.explanation.notes());
		notes.add(why);
		Explanation e = this.explanation;
		return new SearchResult(this.query, kept, this.confidence,
				(choices > 0) ? Verdict.OFFER_CHOICES : Verdict.NO_MATCH, new Explanation(e.score(), e.margin(),
						e.outOfScope(), e.nearestOutOfScope(), e.answerAt(), e.choicesAt(), choices, notes));
	}

	private SearchResult answered(List<Match> ranked, String why) {
		List<String> notes = new ArrayList<>(this.explanation.notes());
		notes.add(why);
		Explanation e = this.explanation;
		return new SearchResult(this.query, ranked, this.confidence, Verdict.ANSWER, new Explanation(e.score(),
				e.margin(), e.outOfScope(), e.nearestOutOfScope(), e.answerAt(), e.choicesAt(), e.choices(), notes));
	}

}
