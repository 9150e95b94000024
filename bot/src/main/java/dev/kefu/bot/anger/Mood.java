package dev.kefu.bot.anger;

/**
 * How the shopper seems to feel, in one word for the agent who takes over.
 */
public enum Mood {

	/** Nothing in the words or the conversation says otherwise. */
	CALM,

	/** Someone was hurt or is in danger. */
	WORRIED,

	/** Asking again, waiting long, or losing patience. */
	IMPATIENT,

	/** Angry: insults, swearing, shouting, angry words. */
	ANGRY

}
