package dev.kefu.bot.anger;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something in a shopper's words that a person should handle. The first seven are found
 * in one message; the last three only over a conversation.
 */
public enum Concern {

	/**
	 * Someone was hurt or in danger: an injury, an allergy, a burn, a fire, a child
	 * harmed.
	 */
	SAFETY,

	/**
	 * A regulator, a court, a lawyer, the bank or the press: 12315, 消协, 消委會, 黑猫投诉,
	 * chargebacks, exposure online.
	 */
	LEGAL,

	/**
	 * Anger: insults (to the shop or the bot), swearing, shouting, plainly angry words.
	 */
	ANGER,

	/**
	 * Money went wrong: charged twice, paid but shown unpaid, a refund that did not come.
	 */
	PAYMENT,

	/**
	 * The parcel went wrong: lost, empty or partly empty, swapped, counterfeit, taken by
	 * someone else.
	 */
	PARCEL,

	/** Personal data: delete or export it, someone else's data shown, a leak. */
	PRIVACY,

	/** The shopper asks for a person. */
	REQUESTED,

	/** The same question asked a third time, in any wording. */
	REPEATED,

	/** The shopper has waited long for what they asked: a parcel, a refund, a reply. */
	WAITING_LONG,

	/** A shopper who began calm is losing patience. */
	RISING;

	/** The concerns one message can carry on its own. */
	public static final Set<Concern> IN_A_MESSAGE = EnumSet.range(SAFETY, REQUESTED);

	/** The concerns that only a conversation shows. */
	public static final Set<Concern> OVER_A_CONVERSATION = EnumSet.range(REPEATED, RISING);

}
