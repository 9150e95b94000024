package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.settlement.Settlement;

/**
 * A return's settlement in the shopper's words: each line with the item's or gift's name
 * and its amount, the refund, and where it goes.
 */
public final class SettlementPhrases {

	private SettlementPhrases() {
	}

	/**
	 * The settlement as one message.
	 * @param settlement the settlement
	 * @param language the shopper's language and script
	 * @return the message
	 */
	public static String describe(Settlement settlement, QueryText language) {
		String lines = settlement.lines()
			.stream()
			.map((l) -> (l.amount().signum() != 0)
					? Voice.say(language, "settlement.line", ReturnPhrases.text(l.text(), language),
							money(l.amount(), settlement.currency()))
					: Voice.say(language, "settlement.line-without-amount", ReturnPhrases.text(l.text(), language)))
			.collect(Collectors.joining("\n"));
		String to = settlement.destinations()
			.stream()
			.map((d) -> ReturnPhrases.text(d.method(), language) + " " + money(d.amount(), settlement.currency())
					+ (d.inKind() ? Voice.say(language, "settlement.in-kind") : ""))
			.collect(Collectors.joining(Voice.say(language, "format.list")));
		return Voice.say(language, "settlement", lines, money(settlement.refund(), settlement.currency()), to);
	}

	static String money(BigDecimal amount, String currency) {
		String value = amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
		String sign = (amount.signum() < 0) ? "−" : "";
		return sign + ("CNY".equals(currency) ? "¥" + value : currency + " " + value);
	}

}
