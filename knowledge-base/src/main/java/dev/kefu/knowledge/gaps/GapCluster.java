package dev.kefu.knowledge.gaps;

import java.time.Instant;
import java.util.List;

/**
 * Similar unanswered questions, grouped.
 *
 * @param representative the first question of the group (the others are close to it)
 * @param language the questions' language
 * @param count how many times shoppers asked
 * @param gapIds the recorded gaps, for resolving them together
 * @param examples up to five of the questions as asked
 * @param suggestedEntryId the entry the search came closest to, a candidate for a new
 * phrasing
 * @param lastAskedAt when it was last asked
 */
public record GapCluster(String representative, String language, int count, List<Long> gapIds, List<String> examples,
		String suggestedEntryId, Instant lastAskedAt) {
}
