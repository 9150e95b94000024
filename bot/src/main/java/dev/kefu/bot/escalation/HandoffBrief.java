package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.anger.Mood;
import dev.kefu.bot.anger.Signal;

/**
 * What the agent who takes a conversation reads first, as data: the console renders it in
 * the agent's language and script ({@link BriefText}), whatever the shopper wrote in.
 * Built from the conversation without a language model ({@link HandoffBriefs}).
 *
 * @param reasons why a person, most urgent first
 * @param wants what the shopper wants, most important first
 * @param order the order and item it is about, or null when none was named
 * @param bot what the bot already did or promised, in order
 * @param mood how the shopper seems to feel
 * @param signs what shows it (shouting, insults, losing patience)
 * @param timesAsked how many times the shopper asked what they last asked
 * @param said the shopper's own recent lines, oldest first, without the quick replies
 * they tapped
 * @param script the script the shopper writes in ({@code zh-Hans}, {@code zh-Hant},
 * {@code en})
 * @param keptWhileClosed whether the shop was closed when it came in
 */
public record HandoffBrief(List<EscalationReason> reasons, List<Want> wants, Order order, List<BotStep> bot, Mood mood,
		Set<Signal> signs, int timesAsked, List<String> said, String script, boolean keptWhileClosed) {

	public HandoffBrief {
		reasons = List.copyOf(reasons);
		wants = List.copyOf(wants);
		bot = List.copyOf(bot);
		signs = Set.copyOf(signs);
		said = List.copyOf(said);
	}

	HandoffBrief withReasons(List<EscalationReason> more, List<Want> moreWants, Mood newMood) {
		List<EscalationReason> all = new ArrayList<>(this.reasons);
		more.stream().filter((r) -> !all.contains(r)).forEach(all::add);
		all.sort(Comparator.comparingInt(EscalationReason::priority));
		List<Want> allWants = new ArrayList<>(this.wants);
		moreWants.stream().filter((w) -> !allWants.contains(w)).forEach(allWants::add);
		Mood mood = (newMood.ordinal() > this.mood.ordinal()) ? newMood : this.mood;
		return new HandoffBrief(all, allWants, this.order, this.bot, mood, this.signs, this.timesAsked, this.said,
				this.script, this.keptWhileClosed);
	}

	/**
	 * The brief with one more thing the bot did or promised (unless it is there already).
	 * @param step what the bot did
	 * @return the brief
	 */
	HandoffBrief promised(BotStep step) {
		if (this.bot.stream().anyMatch((s) -> s.kind() == step.kind())) {
			return this;
		}
		List<BotStep> steps = new ArrayList<>(this.bot);
		steps.add(step);
		return new HandoffBrief(this.reasons, this.wants, this.order, steps, this.mood, this.signs, this.timesAsked,
				this.said, this.script, this.keptWhileClosed);
	}

	/**
	 * What a shopper wants of the person.
	 */
	public enum Want {

		/** Help after someone was hurt or in danger, and the product dealt with. */
		SAFETY_HELP,

		/**
		 * Satisfaction, short of going to a regulator, a court, the bank or the press.
		 */
		LEGAL_SETTLEMENT,

		/**
		 * Their money put right: a double charge, a payment shown unpaid, a missing
		 * refund.
		 */
		MONEY_PUT_RIGHT,

		/** The parcel problem solved: lost, empty or partly empty, swapped, fake. */
		PARCEL_SOLVED,

		/**
		 * A personal-data request handled: delete, export, someone else's data, a leak.
		 */
		DATA_REQUEST,

		/** A return decision looked at again. */
		DECISION_REVIEWED,

		/** A return decided by a person. */
		RETURN_DECIDED,

		/** What they have waited long for. */
		WAIT_ENDED,

		/** An answer to what they asked several times, or the bot could not answer. */
		AN_ANSWER,

		/** To return an item (a return was being filled in). */
		RETURN,

		/** To exchange an item. */
		EXCHANGE,

		/** To talk to a person. */
		A_PERSON

	}

	/**
	 * The order a conversation is about.
	 *
	 * @param orderId the order
	 * @param line the line, or 0 when not known
	 * @param item the item's title, or null when the order system could not say
	 */
	public record Order(String orderId, int line, String item) {
	}

	/**
	 * Something the bot did or promised.
	 *
	 * @param kind what
	 * @param detail the entry's question, the case's state, or null
	 * @param count how many times, or the minutes quoted
	 */
	public record BotStep(Kind kind, String detail, int count) {

		/**
		 * The bot told the shopper how long they would wait.
		 * @param wait the wait quoted
		 * @return the step, in whole minutes as the shopper read them
		 */
		static BotStep quotedWait(Duration wait) {
			return new BotStep(Kind.QUOTED_WAIT, null, (int) Math.max(1, (wait.toSeconds() + 59) / 60));
		}

		/**
		 * Kinds of steps.
		 */
		public enum Kind {

			/** Answered from a knowledge-base entry (detail: its question). */
			ANSWERED,

			/** Offered entries to choose from. */
			OFFERED_CHOICES,

			/** Could not answer (count: how many times). */
			COULD_NOT_ANSWER,

			/** Told where the shopper's orders are. */
			ORDER_STATUS,

			/** Started a return or an exchange (detail: RETURN or EXCHANGE). */
			RETURN_STARTED,

			/** A return or exchange case exists (detail: kind and state). */
			CASE,

			/** The shop's systems did not answer. */
			SYSTEMS_DOWN,

			/** Said a person would answer in about this many minutes (count). */
			QUOTED_WAIT

		}

	}

}
