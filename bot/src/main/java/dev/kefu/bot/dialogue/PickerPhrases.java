package dev.kefu.bot.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.workflow.ItemEligibility;

/**
 * What the item picker says about the items it does not offer, in one line: which and why
 * (already returned, the window ended on a date, not delivered yet).
 */
final class PickerPhrases {

	private static final int NAMED = 4;

	private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M月d日");

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private PickerPhrases() {
	}

	/**
	 * One line on the items the picker leaves out.
	 * @param left what is not offered, with why
	 * @param language the shopper's language and script
	 * @return the line
	 */
	static String notOffered(List<Left> left, QueryText language) {
		String named = left.stream()
			.limit(NAMED)
			.map((l) -> Voice.say(language, "picker.left-item", ItemNames.of(l.line(), language),
					why(l.eligibility(), language)))
			.collect(Collectors.joining(Voice.say(language, "format.list-semicolon")));
		String more = (left.size() > NAMED) ? Voice.say(language, "picker.more", left.size(), left.size() - NAMED) : "";
		return Voice.say(language, "picker.not-offered", named, more);
	}

	/**
	 * The picker's button labels: each item by its name, and where two read the same (the
	 * same dress bought twice) the day its order was placed, then its place in the order.
	 * @param items the items offered, in order
	 * @param zone the shop's time zone
	 * @param language the shopper's language and script
	 * @return one label per item, in the same order
	 */
	static List<String> labels(List<Offered> items, ZoneId zone, QueryText language) {
		List<String> names = items.stream().map((item) -> ItemNames.of(item.line(), language)).toList();
		List<String> dated = toldApart(names, (i) -> {
			LocalDate placed = items.get(i).placedAt().atZone(zone).toLocalDate();
			return Voice.say(language, "picker.ordered-on", day(placed, language));
		});
		return toldApart(dated, (i) -> {
			int line = items.get(i).line().lineNumber();
			return Voice.say(language, "picker.line", line);
		});
	}

	/** Each label that reads the same as another, with its qualifier added. */
	private static List<String> toldApart(List<String> labels, IntFunction<String> qualifier) {
		List<String> told = new ArrayList<>(labels);
		for (int i = 0; i < labels.size(); i++) {
			if (Collections.frequency(labels, labels.get(i)) > 1) {
				told.set(i, labels.get(i) + qualifier.apply(i));
			}
		}
		return told;
	}

	private static String why(ItemEligibility eligibility, QueryText language) {
		return switch (eligibility.verdict()) {
			case ALREADY_RETURNED -> Voice.say(language, "picker.why.already-returned");
			case WINDOW_CLOSED ->
				Voice.say(language, "picker.why.window-closed", day(eligibility.windowLastDay(), language));
			case NOT_DELIVERED -> Voice.say(language, "picker.why.not-delivered");
			case RETURNABLE -> Voice.say(language, "picker.why.returnable");
		};
	}

	private static String day(LocalDate day, QueryText language) {
		return ((language.language() == Language.EN) ? EN_DAY : ZH_DAY).format(day);
	}

	/**
	 * An item the picker leaves out.
	 *
	 * @param line the order line
	 * @param eligibility why
	 */
	record Left(OrderLine line, ItemEligibility eligibility) {
	}

	/**
	 * An item the picker offers.
	 *
	 * @param line the order line
	 * @param placedAt when its order was placed
	 */
	record Offered(OrderLine line, Instant placedAt) {
	}

}
