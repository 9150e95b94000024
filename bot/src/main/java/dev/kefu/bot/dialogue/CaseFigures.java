package dev.kefu.bot.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shopper's case told in a figure ("下午五点才拍的呢", "我才买了85的", "我家是1米8的", "can they come
 * at 8pm") and whether an answer states figures of that kind ("16:00 前付款当天发货", "满 99
 * 元包邮", "1.8m 床"). An answer that sets its rule in times of day answers the shopper who
 * tells the time they paid, however few words the two share.
 */
final class CaseFigures {

	private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两兩]{1,3})";

	private static final List<Kind> KINDS = List.of(
			new Kind("a time of day",
					Pattern.compile(
							NUMBER + "\\s*[点點](?!心)|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b"),
					Pattern.compile("\\d{1,2}[:：]\\d{2}|\\d{1,2}\\s*[点點]|\\b\\d{1,2}\\s*(?:am|pm)\\b")),
			new Kind("a sum of money",
					Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:元|块|塊|蚊|rmb|yuan|hkd|dollars?)|[¥￥$]\\s*\\d+"
							+ "|[一二三四五六七八九十百两兩][一二三四五六七八九十百两兩几幾多]*\\s*(?:元|块|塊|蚊)(?!儿|兒)"
							+ "|(?:买|買|付|花|消费|消費)了?\\s*\\d+|\\b(?:spent|paid|bought)\\b.{0,12}\\d+"),
					Pattern.compile("[¥￥$]\\s*\\d|\\d+\\s*(?:元|块|塊)|\\b(?:rmb|yuan|cny|hkd)\\b")),
			new Kind("a length or height",
					Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:米|m|cm|公分|厘米)(?![a-z])|[一二]米[一二三四五六七八九]|\\d米\\d"
							+ "|\\d{2,3}\\s*(?:高|的个|的個)|身高\\s*\\d+"),
					Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:cm|厘米|米|m)(?![a-z])|身高|\\bheight\\b"), true),
			new Kind("an age",
					Pattern.compile(
							NUMBER + "\\s*(?:岁|歲|个月|個月)|\\b\\d+\\s*(?:years?|months?)[ -]old\\b|\\b\\d+-year-old\\b"),
					Pattern.compile("\\d+\\s*(?:岁|歲)|\\bages?\\b|\\byears? old\\b")));

	private CaseFigures() {
	}

	/**
	 * The kind of figure a follow-up tells, if the answer states figures of that kind.
	 * @param followUp the follow-up
	 * @param answer the previous answer
	 * @return what the figure is ("a time of day"), or empty
	 */
	static Optional<String> toldAndStated(String followUp, String answer) {
		String told = followUp.toLowerCase(Locale.ROOT);
		String stated = answer.toLowerCase(Locale.ROOT);
		return KINDS.stream()
			.filter((kind) -> kind.told().matcher(told).find() && kind.stated().matcher(stated).find())
			.filter((kind) -> !kind.lengths() || !tableWithout(told, stated))
			.map(Kind::name)
			.findFirst();
	}

	/**
	 * Whether a message tells a figure of any kind: "my order is like 120 rmb".
	 * @param text the message
	 * @return true if it does
	 */
	static boolean tells(String text) {
		String told = text.toLowerCase(Locale.ROOT);
		return KINDS.stream().anyMatch((kind) -> kind.told().matcher(told).find());
	}

	private static final Pattern METRES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:米|m)(?![a-z\\d])");

	private static final Pattern CENTIMETRES = Pattern
		.compile("(\\d+(?:\\.\\d+)?)\\s*(?:cm|公分|厘米)|(\\d{2,3})\\s*(?:高|的个|的個)");

	private static final Pattern METRES_SPOKEN = Pattern.compile("(\\d)米(\\d)");

	/**
	 * Whether the answer is a table of lengths (three or more) that lacks the shopper's:
	 * "1.5m, 1.8m, 2.0m 床" does not answer a 1.2 m bed, while "身高 110cm 选 110 码" is an
	 * example that answers any height.
	 */
	private static boolean tableWithout(String told, String stated) {
		Set<Long> listed = centimetres(stated);
		Set<Long> asked = centimetres(METRES_SPOKEN.matcher(told).replaceAll("$1.$2m"));
		return listed.size() >= 3 && !asked.isEmpty() && !listed.containsAll(asked);
	}

	private static Set<Long> centimetres(String text) {
		Set<Long> found = new HashSet<>();
		Matcher metres = METRES.matcher(text);
		while (metres.find()) {
			found.add(Math.round(Double.parseDouble(metres.group(1)) * 100));
		}
		Matcher centimetres = CENTIMETRES.matcher(text);
		while (centimetres.find()) {
			String figure = (centimetres.group(1) != null) ? centimetres.group(1) : centimetres.group(2);
			found.add(Math.round(Double.parseDouble(figure)));
		}
		return found;
	}

	private record Kind(String name, Pattern told, Pattern stated, boolean lengths) {

		Kind(String name, Pattern told, Pattern stated) {
			this(name, told, stated, false);
		}

	}

}
