package dev.kefu.knowledge.answer;

/**
 * What a language model may ask the bot to do for the shopper it is talking to. The bot
 * does it with its own, deterministic code, for that shopper only; the model never sees
 * the result.
 */
public enum ShopperTool {

	/** Look up the shopper's orders (optionally one, by number) and where they are. */
	LOOK_UP_ORDERS,

	/** Start filling in a return (the shopper still confirms before anything happens). */
	START_RETURN,

	/** Start filling in an exchange. */
	START_EXCHANGE,

	/** Tell the shopper where their returns stand. */
	RETURN_STATUS,

	/** Hand the conversation to a person. */
	TALK_TO_PERSON

}
