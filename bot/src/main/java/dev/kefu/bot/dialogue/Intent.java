package dev.kefu.bot.dialogue;

/**
 * What a shopper's turn is understood to be.
 */
public enum Intent {

	/** A question for the knowledge base. */
	FAQ,

	/** Where is my order or parcel. */
	ORDER_STATUS,

	/** The shopper asks for a person. */
	HUMAN,

	/** Hello. */
	GREETING,

	/** Thank you. */
	THANKS,

	/** Goodbye. */
	GOODBYE,

	/** The bot could not make anything of it. */
	NOT_UNDERSTOOD,

	/** The bot asks how satisfied the shopper is (1 to 5). */
	CSAT_ASK,

	/** The shopper's answer to that ask. */
	RATING,

	/** Photos without words (return evidence). */
	PHOTO

}
