package dev.kefu.bot.conversation;

/**
 * A read receipt that names no message of the conversation (a negative number, or one
 * past its last message). Nothing was stored.
 */
public class ReadRefused extends RuntimeException {

	public ReadRefused(String detail) {
		super(detail);
	}

}
