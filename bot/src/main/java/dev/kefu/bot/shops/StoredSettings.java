package dev.kefu.bot.shops;

import java.time.Instant;

/**
 * A shop's settings as stored: the current version.
 *
 * @param shopId the shop
 * @param version its version, from 1
 * @param settings the settings
 * @param updatedBy who saved them
 * @param updatedAt when
 */
public record StoredSettings(String shopId, int version, ShopSettings settings, String updatedBy, Instant updatedAt) {
}
