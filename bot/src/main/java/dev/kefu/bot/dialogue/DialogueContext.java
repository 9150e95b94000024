package dev.kefu.bot.dialogue;

import dev.kefu.returns.orders.ShopperRef;

/**
 * What the policy knows of the conversation so far.
 *
 * @param shopper who is writing
 * @param lastBotIntent the intent of the bot's last message, or {@code null}
 * @param botHasHelped whether the bot has answered anything in this conversation yet
 * @param rated whether the shopper has already rated this conversation
 * @param previousShopperText the shopper's message before this one, or {@code null}: the
 * language to answer a language-neutral turn (a bare "4") in
 * @param photos how many photos came with this turn
 */
public record DialogueContext(ShopperRef shopper, String lastBotIntent, boolean botHasHelped, boolean rated,
		String previousShopperText, int photos) {

}
