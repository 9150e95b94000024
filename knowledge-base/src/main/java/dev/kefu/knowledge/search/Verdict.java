package dev.kefu.knowledge.search;

/**
 * What the bot should do with a search result.
 */
public enum Verdict {

	/** Confident enough: answer with the top entry. */
	ANSWER,

	/** Unsure: offer the top few entries as choices. */
	OFFER_CHOICES,

	/** Nothing fits: say so honestly and offer a person. */
	NO_MATCH

}
