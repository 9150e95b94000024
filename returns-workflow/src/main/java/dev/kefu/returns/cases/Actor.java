package dev.kefu.returns.cases;

import java.util.Objects;

/**
 * Who or what made something happen to a case, for the history.
 *
 * @param type what kind of actor
 * @param name the shopper's id, the staff member's user name, the rule or system name
 */
public record Actor(Type type, String name) {

	/** The workflow itself (rules, timers). */
	public static final Actor SYSTEM = new Actor(Type.SYSTEM, "kefu");

	public Actor {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
	}

	/**
	 * A shopper.
	 * @param shopperId their id
	 * @return the actor
	 */
	public static Actor shopper(String shopperId) {
		return new Actor(Type.SHOPPER, shopperId);
	}

	/**
	 * A staff member.
	 * @param username their user name
	 * @return the actor
	 */
	public static Actor staff(String username) {
		return new Actor(Type.STAFF, username);
	}

	/**
	 * Kinds of actor.
	 */
	public enum Type {

		/** The shopper. */
		SHOPPER,

		/** A support agent or ops. */
		STAFF,

		/** Kefu's rules and timers. */
		SYSTEM,

		/** The carrier (tracking events). */
		CARRIER,

		/** The payment system. */
		PAYMENT,

		/** The warehouse or inventory system. */
		WAREHOUSE

	}

}
