package dev.kefu.bot.problems;

import java.io.IOException;

/**
 * A request body grew past the configured limit while it was being read (chunked bodies
 * announce no length up front).
 */
public class RequestBodyTooLarge extends IOException {

	RequestBodyTooLarge(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
	}

}
