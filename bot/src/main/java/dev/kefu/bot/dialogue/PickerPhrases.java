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
			.map((l) -> ItemNames.of(l.line(), language)
					+ Phrases.say(language, "（" + whyZh(l.eligibility()) + "）", " (" + whyEn(l.eligibility()) + ")"))
			.collect(Collectors.joining(Phrases.say(language, "、", "; ")));
		String more = (left.size() > NAMED)
				? Phrases.say(language, " 等 " + left.size() + " 件", " and " + (left.size() - NAMED) + " more") : "";
		return Phrases.say(language, "暂不能在这里申请：" + named + more + "。有疑问可以转人工。",
				"Not available to return here: " + named + more + ". Ask for a person if you have a question.");
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
			return Phrases.say(language, "（" + ZH_DAY.format(placed) + "下单）",
					" (ordered " + EN_DAY.format(placed) + ")");
		});
		return toldApart(dated, (i) -> {
			int line = items.get(i).line().lineNumber();
			return Phrases.say(language, " 第" + line + "件", " item " + line);
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

	private static String whyZh(ItemEligibility eligibility) {
		return switch (eligibility.verdict()) {
			case ALREADY_RETURNED -> "已退货或正在退货";
			case WINDOW_CLOSED -> "退货期已于 " + ZH_DAY.format(eligibility.windowLastDay()) + " 结束";
			case NOT_DELIVERED -> "还没签收";
			case RETURNABLE -> "可以退";
		};
	}

	private static String whyEn(ItemEligibility eligibility) {
		return switch (eligibility.verdict()) {
			case ALREADY_RETURNED -> "already returned or being returned";
			case WINDOW_CLOSED -> "the return window ended on " + EN_DAY.format(eligibility.windowLastDay());
			case NOT_DELIVERED -> "not delivered yet";
			case RETURNABLE -> "returnable";
		};
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
