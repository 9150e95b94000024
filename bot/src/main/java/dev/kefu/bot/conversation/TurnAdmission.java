package dev.kefu.bot.conversation;

/**
 * What taking a shopper's message first needs to know about its conversation.
 *
 * @param resentSeq the sequence number the same client message id was stored under, or
 * null when it is new
 * @param sentRecently how many messages the shopper sent in the rate limit's window,
 * across their conversations
 */
record TurnAdmission(Long resentSeq, long sentRecently) {

	boolean isResend() {
		return this.resentSeq != null;
	}

}
