package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;

/**
 * What the bot tells a shopper about their case: where it stands, and what just happened
 * to it, in the shopper's language and script.
 */
public final class ReturnPhrases {

	private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private ReturnPhrases() {
	}

	/**
	 * The message for something that happened to a case.
	 * @param c the case after it happened
	 * @param event what happened
	 * @param language the shopper's language and script
	 * @param zone the shop's time zone, in which times are told
	 * @return the message, or {@code null} when the event is not worth a message
	 */
	public static String onEvent(ReturnCase c, CaseEvent event, QueryText language, ZoneId zone) {
		String what = what(c, language);
		boolean exchange = c.request().kind() == CaseKind.EXCHANGE;
		return switch (event) {
			case SUBMIT, APPROVE, REJECT, REVIEW_EXPIRED -> decided(c, language, what);
			case PICKUP_BOOKED ->
				say(language, "case.pickup-booked", what, CarrierNames.of(c.progress().pickup().carrier(), language),
						window(c, zone), c.progress().pickup().trackingNumber());
			case REMIND -> say(language, "case.remind", what);
			case PARCEL_PICKED_UP -> say(language, "case.picked-up", what);
			case PARCEL_DELIVERED -> say(language, "case.at-warehouse", what);
			case INSPECTION_PASSED ->
				say(language, exchange ? "case.inspection-passed-exchange" : "case.inspection-passed-return", what);
			case INSPECTION_FAILED -> say(language, "case.inspection-failed", what);
			case REFUND_ISSUED -> say(language, "case.refund-issued", what, refunded(c), c.item().currency());
			case REFUND_SETTLED -> say(language, "case.refund-settled", what, refunded(c), c.item().currency());
			case REFUND_FAILED -> say(language, "case.refund-failed", what);
			case REPLACEMENT_SHIPPED ->
				say(language, "case.replacement-shipped", what, c.progress().replacement().trackingNumber());
			case REPLACEMENT_UNAVAILABLE -> say(language, "case.replacement-unavailable", what);
			case ACCEPT_REFUND -> say(language, "case.refund-instead", what);
			case REPLACEMENT_DELIVERED -> say(language, "case.replacement-delivered", what);
			case CANCEL -> say(language, "case.cancelled", what);
			case PICKUP_EXPIRED -> say(language, "case.pickup-expired", what);
			case DISPUTE -> say(language, "case.disputed", what);
		};
	}

	/**
	 * The message for a step that takes longer because another system does not answer.
	 * @param c the case
	 * @param step the step being retried
	 * @param language the shopper's language
	 * @return the message
	 */
	public static String delayed(ReturnCase c, String step, QueryText language) {
		String system = switch (step) {
			case "BOOK_PICKUP", "CANCEL_PICKUP" -> Voice.say(language, "case.system.courier");
			case "ISSUE_REFUND", "SETTLEMENT_CHECK" -> Voice.say(language, "case.system.payment");
			case "SHIP_REPLACEMENT" -> Voice.say(language, "case.system.warehouse");
			default -> Voice.say(language, "case.system.order");
		};
		return say(language, "case.delayed", what(c, language), system);
	}

	/**
	 * Where a case stands, in one sentence.
	 * @param c the case
	 * @param language the shopper's language
	 * @param zone the shop's time zone, in which times are told
	 * @return the sentence
	 */
	public static String status(ReturnCase c, QueryText language, ZoneId zone) {
		String state = switch (c.state()) {
			case REQUESTED, DECIDING, REOPENING -> Voice.say(language, "case.state.processing");
			case UNDER_REVIEW -> Voice.say(language, "case.state.under-review");
			case APPROVED -> Voice.say(language, "case.state.approved");
			case REJECTED -> Voice.say(language, "case.state.rejected");
			case PICKUP_BOOKED -> Voice.say(language, "case.state.pickup-booked", window(c, zone));
			case IN_TRANSIT -> Voice.say(language, "case.state.in-transit");
			case RECEIVED -> Voice.say(language, "case.state.received");
			case INSPECTED -> Voice.say(language, (c.request().kind() == CaseKind.EXCHANGE)
					? "case.state.inspected-exchange" : "case.state.inspected-return");
			case AWAITING_SHOPPER -> Voice.say(language, "case.state.awaiting-shopper");
			case REFUNDED -> Voice.say(language, "case.state.refunded");
			case REPLACEMENT_SHIPPED -> Voice.say(language, "case.state.replacement-shipped");
			case COMPLETED -> Voice.say(language, "case.state.completed");
			case CANCELLED -> Voice.say(language, "case.state.cancelled");
			case DISPUTED -> Voice.say(language, "case.state.disputed");
			case EXPIRED -> Voice.say(language, "case.state.expired");
		};
		return say(language, "case.status", what(c, language), state);
	}

	/** What the refund paid (the settlement), else the item's amount, as written. */
	private static String refunded(ReturnCase c) {
		var refund = c.progress().refund();
		BigDecimal amount = (refund != null && refund.amount() != null) ? refund.amount() : c.amount();
		return amount.toString();
	}

	static String reasonLabel(ReturnReason reason, QueryText language) {
		return switch (reason) {
			case CHANGED_MIND -> Voice.say(language, "reason.changed-mind");
			case WRONG_SIZE -> Voice.say(language, "reason.wrong-size");
			case NOT_AS_DESCRIBED -> Voice.say(language, "reason.not-as-described");
			case QUALITY_ISSUE -> Voice.say(language, "reason.quality-issue");
			case DAMAGED_IN_TRANSIT -> Voice.say(language, "reason.damaged-in-transit");
			case WRONG_ITEM -> Voice.say(language, "reason.wrong-item");
		};
	}

	/** A rule's or settlement's text, which comes with its Chinese and English. */
	static String text(LocalizedText text, QueryText language) {
		return Voice.either(language, text.zh(), text.en());
	}

	private static String decided(ReturnCase c, QueryText language, String what) {
		var decision = c.progress().decision();
		String reason = (decision != null) ? text(decision.reason(), language) : "";
		if (c.state() == CaseState.UNDER_REVIEW) {
			return say(language, "case.under-review", what, reason);
		}
		if (c.state() == CaseState.REJECTED && decision != null && decision.automated()
				&& c.progress().disputes() == 0) {
			// PIPL Art. 24: an automated decision says why and offers a person's review.
			return say(language, "legal.rejected-automated", what, reason);
		}
		if (c.state() == CaseState.REJECTED) {
			return say(language, "case.rejected", what, reason);
		}
		if (c.progress().keepItem()) {
			return say(language, "case.approved-keep", what, reason);
		}
		String fast = decision.refundAtPickup() ? decision.findings()
			.stream()
			.filter((f) -> f.refundAtPickup())
			.map((f) -> " " + text(f.reason(), language))
			.findFirst()
			.orElse("") : "";
		return say(language, "case.approved", what, reason, fast);
	}

	private static String what(ReturnCase c, QueryText language) {
		// Lower case: it goes in the middle of sentences; say() capitalises sentence
		// starts.
		String kind = Voice.say(language, (c.request().kind() == CaseKind.EXCHANGE) ? "word.exchange" : "word.return");
		return Voice.say(language, "case.what", c.item().title(), kind);
	}

	/**
	 * A whole sentence: its first letter capitalised, as "your return of …" may start it.
	 */
	private static String say(QueryText language, String key, Object... args) {
		String said = Voice.say(language, key, args);
		return (language.language() == Language.EN && !said.isEmpty())
				? Character.toUpperCase(said.charAt(0)) + said.substring(1) : said;
	}

	private static String window(ReturnCase c, ZoneId zone) {
		var pickup = c.progress().pickup();
		return (pickup != null) ? WINDOW.withZone(zone).format(pickup.windowStart()) + "–"
				+ HOUR.withZone(zone).format(pickup.windowEnd()) : "";
	}

}
