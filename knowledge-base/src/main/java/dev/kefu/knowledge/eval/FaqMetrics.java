package dev.kefu.knowledge.eval;

import java.util.List;
import java.util.Locale;

import dev.kefu.knowledge.search.Verdict;

/**
 * Answer-quality figures over a set of cases.
 *
 * @param cases how many cases
 * @param answerable cases with an expected entry (not NONE)
 * @param accuracyAt1 share of answerable cases whose first match is the expected entry
 * @param mrrAt5 mean reciprocal rank of the expected entry within the first five
 * @param answered share of all cases the bot answers outright
 * @param offeredChoices share where it offers choices
 * @param refused share where it admits no match
 * @param answeredPrecision share of outright answers that are right
 * @param noneRefused share of NONE cases refused (NaN without NONE cases)
 * @param answerableAnswered share of answerable cases answered outright (NaN without any)
 * @param handledWithoutHuman share handled right by the bot alone (right answer, choices
 * that hold it, or a rightful refusal)
 * @param p50Millis median search time
 * @param p99Millis 99th-percentile search time
 */
public record FaqMetrics(int cases, int answerable, double accuracyAt1, double mrrAt5, double answered,
		double offeredChoices, double refused, double answeredPrecision, double noneRefused, double answerableAnswered,
		double handledWithoutHuman, double p50Millis, double p99Millis) {

	static FaqMetrics of(List<CaseOutcome> outcomes) {
		int cases = outcomes.size();
		List<CaseOutcome> answerable = outcomes.stream().filter((o) -> !o.evalCase().expectsNoAnswer()).toList();
		List<CaseOutcome> none = outcomes.stream().filter((o) -> o.evalCase().expectsNoAnswer()).toList();
		List<CaseOutcome> answeredOutright = outcomes.stream()
			.filter((o) -> o.result().verdict() == Verdict.ANSWER)
			.toList();
		double mrr = answerable.stream().mapToDouble((o) -> {
			int rank = o.rankOfExpected();
			return (rank >= 1 && rank <= 5) ? 1.0 / rank : 0;
		}).sum();
		long[] nanos = outcomes.stream().mapToLong(CaseOutcome::nanos).sorted().toArray();
		return new FaqMetrics(cases, answerable.size(),
				share(answerable.stream().filter(CaseOutcome::topIsRight).count(), answerable.size()),
				(answerable.isEmpty()) ? Double.NaN : mrr / answerable.size(), share(answeredOutright.size(), cases),
				share(count(outcomes, Verdict.OFFER_CHOICES), cases), share(count(outcomes, Verdict.NO_MATCH), cases),
				share(answeredOutright.stream().filter(CaseOutcome::topIsRight).count(), answeredOutright.size()),
				share(none.stream().filter((o) -> o.result().verdict() == Verdict.NO_MATCH).count(), none.size()),
				share(answerable.stream().filter((o) -> o.result().verdict() == Verdict.ANSWER).count(),
						answerable.size()),
				share(outcomes.stream().filter(CaseOutcome::handledRight).count(), cases), percentile(nanos, 0.50),
				percentile(nanos, 0.99));
	}

	private static long count(List<CaseOutcome> outcomes, Verdict verdict) {
		return outcomes.stream().filter((o) -> o.result().verdict() == verdict).count();
	}

	private static double share(long part, long whole) {
		return (whole == 0) ? Double.NaN : (double) part / whole;
	}

	private static double percentile(long[] sortedNanos, double quantile) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
		return sortedNanos[Math.max(0, index)] / 1_000_000.0;
	}

	String describe() {
		return String.format(Locale.ROOT,
				"cases %d (answerable %d)  acc@1 %.3f  MRR@5 %.3f  answered %.3f  choices %.3f  refused %.3f  "
						+ "answer-precision %.3f  NONE-refused %.3f  in-KB-answered %.3f  handled-by-bot %.3f  "
						+ "search p50 %.2f ms p99 %.2f ms",
				this.cases, this.answerable, this.accuracyAt1, this.mrrAt5, this.answered, this.offeredChoices,
				this.refused, this.answeredPrecision, this.noneRefused, this.answerableAnswered,
				this.handledWithoutHuman, this.p50Millis, this.p99Millis);
	}

}
