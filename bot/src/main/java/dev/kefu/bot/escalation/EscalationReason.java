package dev.kefu.bot.escalation;

import java.util.Optional;

import dev.kefu.bot.anger.Concern;

/**
 * Why a conversation went to a person. The most urgent reason sets the priority (0 is
 * served first); each reason may ask for a skill, and for some any agent will do when no
 * one with the skill is connected. First-response targets per reason come from
 * {@link EscalationTargets}.
 */
public enum EscalationReason {

	/** Someone was hurt or in danger: injury, allergy, burn, fire, a child harmed. */
	SAFETY(0, "safety", true),

	/** A regulator, a court, a lawyer, the bank or the press. */
	LEGAL(1, "legal", true),

	/** The shopper is angry. */
	ANGER(1, null, false),

	/** A VIP of a shop that serves its VIPs in person. */
	VIP(1, null, false),

	/** A shopper who began calm is losing patience. */
	RISING(1, null, false),

	/**
	 * Money went wrong: charged twice, paid but shown unpaid, a refund that never came.
	 */
	PAYMENT(2, "payments", false),

	/** The parcel went wrong: lost, empty or partly empty, swapped, counterfeit. */
	PARCEL(2, "logistics", false),

	/** Personal data: delete or export it, someone else's data shown, a leak. */
	PRIVACY(2, "privacy", false),

	/** The shopper disputes a decision on their return. */
	DISPUTE(2, "returns", false),

	/** The return rules sent the shopper's case to a person. */
	RETURN_REVIEW(2, "returns", false),

	/** The shopper has waited long for a parcel, a refund or a reply. */
	WAITING_LONG(2, null, false),

	/** The same question asked a third time. */
	REPEATED(2, null, false),

	/** The shopper asked for a person. */
	REQUESTED(3, null, false),

	/** The bot could not help twice in a row. */
	BOT_FAILED_TWICE(3, null, false);

	private final int priority;

	private final String skill;

	private final boolean anyoneElse;

	EscalationReason(int priority, String skill, boolean anyoneElse) {
		this.priority = priority;
		this.skill = skill;
		this.anyoneElse = anyoneElse;
	}

	/**
	 * How urgent the reason is.
	 * @return 0 (ahead of all) to 3
	 */
	public int priority() {
		return this.priority;
	}

	/**
	 * The skill an agent should have for it.
	 * @return the skill, if the reason asks for one
	 */
	public Optional<String> skill() {
		return Optional.ofNullable(this.skill);
	}

	/**
	 * Whether any agent will do when no one with the skill is connected: a safety case or
	 * a legal threat must not wait for a specialist.
	 * @return true for SAFETY and LEGAL
	 */
	public boolean anyoneElse() {
		return this.anyoneElse;
	}

	/**
	 * The reason for what the detector found.
	 * @param concern the detector's concern
	 * @return the reason
	 */
	public static EscalationReason of(Concern concern) {
		return switch (concern) {
			case SAFETY -> SAFETY;
			case LEGAL -> LEGAL;
			case ANGER -> ANGER;
			case PAYMENT -> PAYMENT;
			case PARCEL -> PARCEL;
			case PRIVACY -> PRIVACY;
			case REQUESTED -> REQUESTED;
			case REPEATED -> REPEATED;
			case WAITING_LONG -> WAITING_LONG;
			case RISING -> RISING;
		};
	}

}
