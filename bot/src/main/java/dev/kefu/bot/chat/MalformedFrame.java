package dev.kefu.bot.chat;

/**
 * A STOMP frame that breaks the protocol. The session is told why and ended.
 */
class MalformedFrame extends RuntimeException {

	MalformedFrame(String detail) {
		super(detail);
	}

}
