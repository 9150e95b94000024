package dev.kefu.bot.dialogue;

import java.util.List;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

/**
 * What the policy knows of the conversation so far.
 *
 * @param shopper who is writing
 * @param conversationId the conversation (cases opened in it report back to it)
 * @param lastBotIntent the intent of the bot's last message, or {@code null}
 * @param botHasHelped whether the bot has answered anything in this conversation yet
 * @param rated whether the shopper has already rated this conversation
 * @param previousShopperText the shopper's message before this one, or {@code null}: the
 * language to answer a language-neutral turn (a bare "4") in
 * @param photoIds photos that came with this turn
 * @param flow the multi-turn flow the conversation is in, or {@code null}
 */
public record DialogueContext(ShopperRef shopper, String conversationId, String lastBotIntent, boolean botHasHelped,
		boolean rated, String previousShopperText, List<UUID> photoIds, ReturnFlow flow) {

	public DialogueContext {
		photoIds = (photoIds != null) ? List.copyOf(photoIds) : List.of();
	}

}
