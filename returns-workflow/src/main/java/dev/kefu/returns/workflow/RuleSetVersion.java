package dev.kefu.returns.workflow;

import java.time.Instant;

/**
 * One saved version of a shop's rules.
 *
 * @param version its number, from 1
 * @param author who saved it
 * @param note why, or {@code null}
 * @param savedAt when
 */
public record RuleSetVersion(int version, String author, String note, Instant savedAt) {
}
