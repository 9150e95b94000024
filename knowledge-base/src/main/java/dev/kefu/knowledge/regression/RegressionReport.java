package dev.kefu.knowledge.regression;

import java.util.List;

/**
 * The regression set's outcome, and for a publish preview, what the change would do to
 * it.
 *
 * @param cases how many cases
 * @param passing how many pass (out-of-season cases count as passing)
 * @param failing the cases that fail unexpectedly (with the change, for a preview)
 * @param breaking cases that pass now and would fail with the change (previews only)
 * @param fixing cases that fail now and would pass with the change (previews only)
 * @param knownFailures cases known to fail until their entry is fixed, still failing
 * @param fixedKnownFailures cases known to fail that pass now: their mark can go
 * @param outOfSeason cases whose expected entry is outside its validity window now
 */
public record RegressionReport(int cases, int passing, List<RegressionOutcome> failing,
		List<RegressionOutcome> breaking, List<RegressionOutcome> fixing, List<RegressionOutcome> knownFailures,
		List<RegressionOutcome> fixedKnownFailures, List<RegressionOutcome> outOfSeason) {

	static RegressionReport of(List<RegressionOutcome> outcomes, List<RegressionOutcome> breaking,
			List<RegressionOutcome> fixing) {
		return new RegressionReport(outcomes.size(), (int) outcomes.stream().filter(RegressionOutcome::passes).count(),
				outcomes.stream().filter(RegressionOutcome::failsUnexpectedly).toList(), breaking, fixing,
				outcomes.stream().filter((o) -> !o.passes() && o.regressionCase().knownFailure() != null).toList(),
				outcomes.stream()
					.filter((o) -> o.passes() && !o.outOfSeason() && o.regressionCase().knownFailure() != null)
					.toList(),
				outcomes.stream().filter(RegressionOutcome::outOfSeason).toList());
	}

}
