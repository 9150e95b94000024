package dev.kefu.bot.escalation;

import java.time.Duration;
import java.time.Instant;

/**
 * When an escalation's first-response clock starts and when a person's first answer is
 * due. A request that comes in while the shop is closed is kept as a ticket whose clock
 * starts at opening time: nobody can answer it before then.
 *
 * @param from when the clock starts
 * @param respondBy when the first answer is due
 * @param keptWhileClosed whether the shop was closed when it came in
 */
record ResponseClock(Instant from, Instant respondBy, boolean keptWhileClosed) {

	ResponseClock {
		if (respondBy.isBefore(from)) {
			throw new IllegalArgumentException("an answer cannot be due before its clock starts");
		}
	}

	/**
	 * The clock of a request that comes in now.
	 * @param shopId the shop
	 * @param now the moment it comes in
	 * @param target its first-response target
	 * @param hours the shop's hours
	 * @return the clock: from now when open, else from the next opening
	 */
	static ResponseClock of(String shopId, Instant now, Duration target, ShopHours hours) {
		boolean open = hours.isOpen(shopId, now);
		Instant from = open ? now : hours.nextOpening(shopId, now);
		return new ResponseClock(from, from.plus(target), !open);
	}

}
