package dev.kefu.knowledge.regression;

import java.time.Instant;

/**
 * A question and the entry that must answer it.
 *
 * @param id the case's id
 * @param question the question
 * @param expectedEntryId the entry that must answer, or {@code null} when the bot must
 * not answer
 * @param author who added it
 * @param createdAt when
 * @param source where it came from: {@code ops}, {@code demo}, or {@code mark:<where>}
 * for an answer marked wrong (in the console, the gaps view, insights)
 * @param answeredEntryId for a marked answer, the entry the bot wrongly answered with
 * @param knownFailure why the case is known to fail until its entry is fixed, or
 * {@code null} for a case that must pass
 */
public record RegressionCase(long id, String question, String expectedEntryId, String author, Instant createdAt,
		String source, String answeredEntryId, String knownFailure) {

	/** The prefix of a marked answer's source. */
	public static final String MARK = "mark:";

	public boolean isMark() {
		return this.source != null && this.source.startsWith(MARK);
	}

}
