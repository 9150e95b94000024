package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

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
			.map((l) -> "· " + ReturnPhrases.text(l.text(), language)
					+ ((l.amount().signum() != 0) ? "：" + money(l.amount(), settlement.currency()) : ""))
			.collect(Collectors.joining("\n"));
		String to = settlement.destinations()
			.stream()
			.map((d) -> ReturnPhrases.text(d.method(), language) + " " + money(d.amount(), settlement.currency())
					+ (d.inKind() ? Phrases.say(language, "（原样退回）", " (given back as such)") : ""))
			.collect(Collectors.joining(Phrases.say(language, "、", ", ")));
		return Phrases.say(language,
				"退款明细：\n" + lines + "\n合计退款 " + money(settlement.refund(), settlement.currency()) + "，原路退回：" + to + "。",
				"Your refund, line by line:\n" + lines.replace("：", ": ") + "\nRefund "
						+ money(settlement.refund(), settlement.currency()) + ", back the way you paid: " + to + ".");
	}

	static String money(BigDecimal amount, String currency) {
		String value = amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
		String sign = (amount.signum() < 0) ? "−" : "";
		return sign + ("CNY".equals(currency) ? "¥" + value : currency + " " + value);
	}

}
