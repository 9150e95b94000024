package dev.kefu.bot.shops;

/**
 * A shop's settings changed (on this node or, once it is noticed, on another).
 *
 * @param shopId the shop
 * @param version the new version
 */
public record ShopSettingsChanged(String shopId, int version) {
}
