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
 */
public record RegressionCase(long id, String question, String expectedEntryId, String author, Instant createdAt) {
}
