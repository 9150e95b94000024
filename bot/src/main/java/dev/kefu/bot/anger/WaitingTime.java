package dev.kefu.bot.anger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.search.QueryText;

/**
 * How long a shopper says they have waited, and for what, in Chinese (Simplified,
 * Traditional, Cantonese) and English: "等了半个月", "已經等咗三個禮拜", "it's been a month",
 * "从早上九点等到现在下午三点". A wait still to come ("换货要等两个礼拜吗") is not one: the shopper must say it
 * has passed ("了", "已经", "都", "现在", "been", "still").
 */
public final class WaitingTime {

	private static final Duration REPLY_LONG = Duration.ofHours(2);

	private static final Duration REFUND_LONG = Duration.ofDays(7);

	private static final Duration PARCEL_LONG = Duration.ofDays(10);

	private static final Duration PAST_A_PROMISE = Duration.ofDays(5);

	private static final String ZH_NUMBER = "(\\d+|[一二两三四五六七八九十百几半]+)";

	private static final Pattern ZH_SPAN = Pattern
		.compile("(第)?" + ZH_NUMBER + "(多)?(个|個)?(多)?(工作)?(天|日|周|週|星期|礼拜|禮拜|月|小时|小時|钟头|鐘頭|粒钟|粒鐘|个钟|個鐘)(多)?");

	private static final Pattern EN_NUMBER_WORDS = Pattern.compile(
			"\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|a couple of|couple of|several|few)\\s+(business |working )?(day|week|month|hour)s?\\b");

	private static final Pattern WHOLE_DAY = Pattern.compile("(一整天|一天一夜|整整一天|等了一天|all day|whole day|since yesterday)");

	private static final Pattern CLOCK_SPAN = Pattern
		.compile("从?(早上|上午|中午|下午|晚上)?" + ZH_NUMBER + "点.{0,8}(等到|到)(现在)?(早上|上午|中午|下午|晚上)?" + ZH_NUMBER + "点");

	private static final Pattern PASSED = Pattern.compile("(了|咗|已经|已經|都|现在|而家|到现在|超过|超過|过了|第|还是没|还没|仍然|依然|仲未|都未|"
			+ "\\bbeen\\b|\\bstill\\b|\\bsince\\b|\\bago\\b|waited|waiting|\\bfor (over |more than )?\\d|\\bover\\b|later|now)");

	private static final Pattern PROMISE = Pattern.compile("(说好|說好|承诺|承諾|答应|答應|你们说|你們說|你哋话|话|写着|寫著|写的|寫的|网站写|網站寫|"
			+ "\\bsaid\\b|promised|supposed to|should have|were told|told me|guaranteed|within)");

	private static final Pattern REFUND = Pattern.compile("(退款|退钱|退錢|钱|錢|到账|到賬|原路退回|refund|money|reimburse)");

	private static final Pattern PARCEL = Pattern
		.compile("(快递|快遞|物流|包裹|发货|發貨|出货|出貨|寄|到货|送到|配送|速递|单|order|parcel|package|ship|deliver|tracking|arrive)");

	private static final Pattern REPLY = Pattern
		.compile("(回复|回覆|回我|回應|回应|答复|覆我|理我|客服|人呢|一个人|reply|respond|answer|get back to me|hear back)");

	private static final Map<String, Integer> DIGITS = Map.of("一", 1, "二", 2, "两", 2, "三", 3, "四", 4, "五", 5, "六", 6,
			"七", 7, "八", 8, "九", 9);

	private WaitingTime() {
	}

	/**
	 * What a text says about a wait.
	 * @param query the shopper's message
	 * @return the wait, if the text says one has passed
	 */
	public static Optional<Wait> in(QueryText query) {
		String words = query.normalized().replace('#', ' ');
		String raw = query.original().toLowerCase(Locale.ROOT);
		List<Duration> spans = new ArrayList<>();
		Matcher zh = ZH_SPAN.matcher(words);
		while (zh.find()) {
			long amount = amount(zh.group(2), zh.group(1) != null);
			if (amount > 0) {
				spans.add(unit(zh.group(7)).multipliedBy(amount)
					.plus(zh.group(2).contains("半") ? unit(zh.group(7)).dividedBy(2) : Duration.ZERO));
			}
			else if (zh.group(2).equals("半")) {
				spans.add(unit(zh.group(7)).dividedBy(2));
			}
		}
		Matcher en = EN_NUMBER_WORDS.matcher(raw);
		while (en.find()) {
			spans.add(unit(en.group(3)).multipliedBy(englishAmount(en.group(1))));
		}
		if (WHOLE_DAY.matcher(words).find()) {
			spans.add(Duration.ofDays(1));
		}
		Matcher clock = CLOCK_SPAN.matcher(words);
		if (clock.find()) {
			long from = hour(clock.group(1), amount(clock.group(2), false));
			long to = hour(clock.group(5), amount(clock.group(6), false));
			if (to > from) {
				spans.add(Duration.ofHours(to - from));
			}
		}
		if (spans.isEmpty() || !PASSED.matcher(words).find()) {
			return Optional.empty();
		}
		Duration longest = spans.stream().max(Duration::compareTo).orElseThrow();
		Duration shortest = spans.stream().min(Duration::compareTo).orElseThrow();
		boolean promise = PROMISE.matcher(words).find() && spans.size() >= 2 && shortest.compareTo(longest) < 0;
		return Optional.of(new Wait(longest, promise ? shortest : null));
	}

	/**
	 * Whether a wait is long for what the conversation is about.
	 * @param wait the wait the shopper names
	 * @param subject the shopper's words in the conversation (this message first), which
	 * say what they wait for
	 * @return true when it is past what a shop should let a shopper wait
	 */
	public static boolean isLong(Wait wait, List<String> subject) {
		String words = String.join(" ", subject).toLowerCase(Locale.ROOT);
		if (wait.promised() != null && wait.waited().compareTo(PAST_A_PROMISE) >= 0) {
			return true;
		}
		if (wait.waited().compareTo(PARCEL_LONG) >= 0) {
			return true;
		}
		if (REFUND.matcher(words).find() && wait.waited().compareTo(REFUND_LONG) >= 0) {
			return true;
		}
		return wait.waited().compareTo(REPLY_LONG) >= 0 && wait.waited().compareTo(Duration.ofDays(1)) <= 0
				&& REPLY.matcher(words).find() && !PARCEL.matcher(subject.get(0)).find();
	}

	private static long amount(String number, boolean ordinal) {
		if (number.chars().allMatch(Character::isDigit)) {
			return Long.parseLong(number);
		}
		if (number.equals("几") || number.equals("半")) {
			return number.equals("几") ? 3 : 0;
		}
		long value = 0;
		long current = 0;
		for (String c : number.split("")) {
			if (c.equals("十")) {
				value += ((current == 0) ? 1 : current) * 10;
				current = 0;
			}
			else if (c.equals("百")) {
				value += ((current == 0) ? 1 : current) * 100;
				current = 0;
			}
			else if (c.equals("几")) {
				current = 3;
			}
			else if (DIGITS.containsKey(c)) {
				current = DIGITS.get(c);
			}
		}
		return value + current;
	}

	private static long englishAmount(String word) {
		return switch (word) {
			case "a", "an", "one" -> 1;
			case "two", "a couple of", "couple of" -> 2;
			case "three", "few", "several" -> 3;
			case "four" -> 4;
			case "five" -> 5;
			case "six" -> 6;
			case "seven" -> 7;
			case "eight" -> 8;
			case "nine" -> 9;
			case "ten" -> 10;
			case "eleven" -> 11;
			case "twelve" -> 12;
			case "fourteen" -> 14;
			case "fifteen" -> 15;
			case "twenty" -> 20;
			case "thirty" -> 30;
			default -> Long.parseLong(word);
		};
	}

	private static Duration unit(String unit) {
		return switch (unit) {
			case "天", "日", "day" -> Duration.ofDays(1);
			case "周", "週", "星期", "礼拜", "禮拜", "week" -> Duration.ofDays(7);
			case "月", "month" -> Duration.ofDays(30);
			default -> Duration.ofHours(1);
		};
	}

	private static long hour(String partOfDay, long hour) {
		return (("下午".equals(partOfDay) || "晚上".equals(partOfDay)) && hour < 12) ? hour + 12 : hour;
	}

	/**
	 * A wait the shopper names.
	 *
	 * @param waited how long they have waited (the longest span named)
	 * @param promised what they were told it would take, when they say so, or null
	 */
	public record Wait(Duration waited, Duration promised) {
	}

}
