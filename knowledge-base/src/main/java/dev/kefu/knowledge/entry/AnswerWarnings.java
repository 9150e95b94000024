package dev.kefu.knowledge.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the editor warns ops about in an entry, before shoppers meet it.
 * <ul>
 * <li>An answer that opens with a bare yes or no (是的！, 可以。, Yes!): whatever question
 * lands on the entry reads it as agreement ("买一送一" → "是的！…").</li>
 * <li>Seasonal wording (今晚, 双11, tonight) with no end to its validity: it goes on
 * answering after the season.</li>
 * <li>An entry outside its validity window: it does not answer now.</li>
 * </ul>
 */
public final class AnswerWarnings {

	private static final Pattern BARE_YES_OR_NO = Pattern.compile(
			"^\\s*(是的|是啊|是|对的|对|可以的|可以|能|会|支持|有的|有|没问题|当然|不是|不可以|不能|不会|不支持|没有|不行|"
					+ "yes|yep|yeah|sure|of course|absolutely|certainly|no|nope|not really)\\s*[！!。.,，~]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SEASONAL = Pattern
		.compile("(今晚|今天|今日|明天|本周|这周|本月|这个月|今年|双11|双十一|双12|双十二|618|年货节|圣诞|春节|国庆|"
				+ "tonight|today|tomorrow|this week|this month|this year|black friday|cyber monday|11\\.11|christmas)",
				Pattern.CASE_INSENSITIVE);

	private AnswerWarnings() {
	}

	/**
	 * The warnings for an entry's content, in English.
	 * @param content the content
	 * @param now the moment to judge validity at
	 * @return the warnings, in plain words for ops; empty when there are none
	 */
	public static List<String> of(EntryContent content, Instant now) {
		return found(content, now).stream().map(Warning::text).toList();
	}

	/**
	 * The warnings for an entry's content, as data a page says in its reader's language.
	 * @param content the content
	 * @param now the moment to judge validity at
	 * @return the warnings; empty when there are none
	 */
	public static List<Warning> found(EntryContent content, Instant now) {
		List<Warning> warnings = new ArrayList<>();
		var bare = BARE_YES_OR_NO.matcher(content.answer());
		if (bare.find()) {
			warnings.add(new Warning(Warning.Kind.BARE_YES_OR_NO, bare.group(1), null));
		}
		String text = (content.question() + " " + content.answer()).toLowerCase(Locale.ROOT);
		var seasonal = SEASONAL.matcher(text);
		if (content.validTo() == null && seasonal.find()) {
			warnings.add(new Warning(Warning.Kind.SEASONAL_WITHOUT_END, seasonal.group(1), null));
		}
		if (content.validTo() != null && !now.isBefore(content.validTo())) {
			warnings.add(new Warning(Warning.Kind.EXPIRED, null, content.validTo()));
		}
		if (content.validFrom() != null && now.isBefore(content.validFrom())) {
			warnings.add(new Warning(Warning.Kind.NOT_YET_VALID, null, content.validFrom()));
		}
		return warnings;
	}

	/**
	 * One warning.
	 *
	 * @param kind what is wrong
	 * @param word the words of the answer it is about (the bare yes or no, the seasonal
	 * word), or {@code null}
	 * @param at the date it is about (the end or start of validity), or {@code null}
	 */
	public record Warning(Kind kind, String word, Instant at) {

		/** What the editor warns about. */
		public enum Kind {

			/** The answer opens with a bare yes or no. */
			BARE_YES_OR_NO,

			/** Seasonal wording with no end to the entry's validity. */
			SEASONAL_WITHOUT_END,

			/** The entry's validity ended. */
			EXPIRED,

			/** The entry's validity has not begun. */
			NOT_YET_VALID

		}

		/**
		 * The warning in English, for API clients.
		 * @return the sentence
		 */
		public String text() {
			return switch (this.kind) {
				case BARE_YES_OR_NO -> "The answer opens with a bare \"" + this.word
						+ "\": any question that lands on this entry will read it as agreement. Say what is true instead "
						+ "(\"今晚直播下单两件送丝巾\", \"Returns are accepted within 7 days\").";
				case SEASONAL_WITHOUT_END -> "It speaks of \"" + this.word
						+ "\" but has no end date: set \"Valid to\" so that it stops answering after the season.";
				case EXPIRED -> "Expired on " + this.at + ": it no longer answers shoppers.";
				case NOT_YET_VALID -> "Not valid before " + this.at + ": it does not answer shoppers yet.";
			};
		}

	}

}
