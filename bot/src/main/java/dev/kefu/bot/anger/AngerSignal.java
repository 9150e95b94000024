package dev.kefu.bot.anger;

/**
 * One reason to think a shopper is angry; several may hold for one message.
 */
public enum AngerSignal {

	/** A threat to complain in public, to a regulator, a court or the bank. */
	THREAT,

	/** An insult or swearing. */
	INSULT,

	/** Repeated exclamation marks or a message in capitals. */
	SHOUTING,

	/** The same words sent again. */
	REPEATED,

	/** The classifier scores the words as angry. */
	ANGRY_WORDING

}
