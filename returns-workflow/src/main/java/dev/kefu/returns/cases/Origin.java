package dev.kefu.returns.cases;

/**
 * Where a request came from.
 */
public enum Origin {

	/** The shopper, in the chat. */
	CHAT,

	/** An agent, for the shopper. */
	AGENT,

	/** The shop's own systems, through the API. */
	API

}
