package dev.kefu.bot.alerts;

import java.time.Instant;

/**
 * One alert's news.
 *
 * @param key what it is about ({@code queue-wait}, {@code upstream-down:payments},
 * {@code angry-surge}, {@code containment-low})
 * @param status FIRING when it starts, RESOLVED when it recovers
 * @param detail what was measured, in words
 * @param at when it was seen
 */
public record Alert(String key, Status status, String detail, Instant at) {

	/**
	 * Where an alert is.
	 */
	public enum Status {

		/** It started. */
		FIRING,

		/** It recovered. */
		RESOLVED

	}

}
