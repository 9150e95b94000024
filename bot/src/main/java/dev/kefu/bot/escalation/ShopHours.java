package dev.kefu.bot.escalation;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When a shop's people are at work. Outside those hours an escalation is kept as a
 * ticket: the shopper hears when people are back, agents see it first when they start,
 * and its first-response clock starts at opening time. The default reads
 * {@code kefu.escalation.hours} (always open unless set); a shop settings store can take
 * its place.
 */
public interface ShopHours {

	/**
	 * Whether people are at work.
	 * @param shopId the shop
	 * @param at the moment
	 * @return true when open
	 */
	boolean isOpen(String shopId, Instant at);

	/**
	 * When people are next at work.
	 * @param shopId the shop
	 * @param at the moment
	 * @return {@code at} itself when open, else the next opening
	 */
	Instant nextOpening(String shopId, Instant at);

	/**
	 * The shop's time zone, in which a shopper is told the opening time.
	 * @param shopId the shop
	 * @return its zone
	 */
	ZoneId zone(String shopId);

}
