package dev.kefu.knowledge.regression;

import java.util.List;

/**
 * The regression set's outcome, and for a publish preview, what the change would do to
 * it.
 *
 * @param cases how many cases
 * @param passing how many pass
 * @param failing the cases that fail (with the change, for a preview)
 * @param breaking cases that pass now and would fail with the change (previews only)
 * @param fixing cases that fail now and would pass with the change (previews only)
 */
public record RegressionReport(int cases, int passing, List<RegressionOutcome> failing,
		List<RegressionOutcome> breaking, List<RegressionOutcome> fixing) {
}
