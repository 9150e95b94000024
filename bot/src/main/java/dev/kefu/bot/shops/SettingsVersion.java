package dev.kefu.bot.shops;

import java.time.Instant;

/**
 * One saved version of a shop's settings.
 *
 * @param version its number
 * @param author who saved it
 * @param note why, or {@code null}
 * @param createdAt when
 * @param settings what was saved
 */
public record SettingsVersion(int version, String author, String note, Instant createdAt, ShopSettings settings) {
}
