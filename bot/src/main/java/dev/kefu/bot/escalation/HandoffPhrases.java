package dev.kefu.bot.escalation;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;

/**
 * What the shopper reads about the handover, in their language and script.
 */
final class HandoffPhrases {

	private HandoffPhrases() {
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	static String connecting(QueryText language, boolean angry, Duration wait) {
		return Voice.say(language, angry ? "handoff.connecting-apologising" : "handoff.connecting", minutes(wait));
	}

	/**
	 * A shopper already waiting asks for a person again: where they are and how long.
	 */
	static String stillWaiting(QueryText language, int ahead, Duration wait) {
		return Voice.say(language, (ahead == 0) ? "handoff.next-in-line" : "handoff.still-waiting", ahead,
				minutes(wait));
	}

	/** A shopper whose request came in while the shop is closed: when people are back. */
	static String closed(QueryText language, ZonedDateTime opening, ZonedDateTime now) {
		boolean today = opening.toLocalDate().equals(now.toLocalDate());
		boolean tomorrow = opening.toLocalDate().equals(now.toLocalDate().plusDays(1));
		String time = opening.format(DateTimeFormatter.ofPattern("HH:mm"));
		String day = today ? Voice.say(language, "handoff.today")
				: tomorrow ? Voice.say(language, "handoff.tomorrow")
						: Voice.say(language, "handoff.on-day", opening.format(DateTimeFormatter.ofPattern("M月d日")),
								opening.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA),
								opening.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH)));
		return Voice.say(language, "handoff.closed", day, time, opening.getZone().getId());
	}

	/** The offer of a person to a VIP the bot could not help; it waits for the answer. */
	static String vipOffer(QueryText language) {
		return Voice.say(language, "handoff.vip-offer");
	}

	static String yes(QueryText language) {
		return Voice.say(language, "button.person");
	}

	static String yesValue(QueryText language) {
		return Voice.say(language, "value.human");
	}

	static String no(QueryText language) {
		return Voice.say(language, "button.never-mind");
	}

	static String noValue(QueryText language) {
		return Voice.say(language, "value.no-thanks");
	}

	static String agentJoined(QueryText language) {
		return Voice.say(language, "handoff.agent-joined");
	}

	static String handedBack(QueryText language) {
		return Voice.say(language, "handoff.handed-back");
	}

	static String requeued(QueryText language) {
		return Voice.say(language, "handoff.requeued");
	}

}
