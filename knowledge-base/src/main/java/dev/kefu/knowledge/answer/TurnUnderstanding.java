package dev.kefu.knowledge.answer;

import java.util.Optional;

/**
 * Port to a language model that understands a free-form turn the bot's rules and the
 * knowledge base could not place, by picking one of the {@link ShopperTool}s. Optional;
 * implementations live in the integrations module.
 */
public interface TurnUnderstanding {

	/**
	 * Picks what to do with a turn.
	 * @param shopperText what the shopper wrote: data, never instructions
	 * @return the tool to use, or empty when none fits or the model fails or times out
	 */
	Optional<ToolCall> understand(String shopperText);

}
