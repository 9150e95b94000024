package dev.kefu.bot.dialogue;

import java.util.Locale;
import java.util.Map;

import dev.kefu.knowledge.search.QueryText;

/**
 * Carriers by the names shoppers know them by in their language: a Chinese chat says
 * 顺丰速运, an English one SF Express, whichever of the two the shop's system sent. A carrier
 * not listed keeps the name the system gave.
 */
final class CarrierNames {

	/** The lower-cased names systems send, to the Chinese and English names. */
	private static final Map<String, String[]> KNOWN = Map.ofEntries(
			Map.entry("kefu local express", new String[] { "客服同城快递", "Kefu Local Express" }),
			Map.entry("sf express", new String[] { "顺丰速运", "SF Express" }),
			Map.entry("sf", new String[] { "顺丰速运", "SF Express" }),
			Map.entry("顺丰", new String[] { "顺丰速运", "SF Express" }),
			Map.entry("顺丰速运", new String[] { "顺丰速运", "SF Express" }),
			Map.entry("jd logistics", new String[] { "京东物流", "JD Logistics" }),
			Map.entry("京东物流", new String[] { "京东物流", "JD Logistics" }),
			Map.entry("zto", new String[] { "中通快递", "ZTO Express" }),
			Map.entry("zto express", new String[] { "中通快递", "ZTO Express" }),
			Map.entry("中通快递", new String[] { "中通快递", "ZTO Express" }),
			Map.entry("yto", new String[] { "圆通速递", "YTO Express" }),
			Map.entry("yto express", new String[] { "圆通速递", "YTO Express" }),
			Map.entry("圆通速递", new String[] { "圆通速递", "YTO Express" }),
			Map.entry("sto", new String[] { "申通快递", "STO Express" }),
			Map.entry("sto express", new String[] { "申通快递", "STO Express" }),
			Map.entry("申通快递", new String[] { "申通快递", "STO Express" }),
			Map.entry("yunda", new String[] { "韵达快递", "Yunda Express" }),
			Map.entry("韵达快递", new String[] { "韵达快递", "Yunda Express" }),
			Map.entry("ems", new String[] { "中国邮政 EMS", "China Post EMS" }));

	private CarrierNames() {
	}

	/**
	 * A carrier's name for the shopper.
	 * @param carrier the name the shop's system gave
	 * @param language the shopper's language and script
	 * @return the name to show
	 */
	static String of(String carrier, QueryText language) {
		String[] names = KNOWN.get(carrier.strip().toLowerCase(Locale.ROOT));
		return (names != null) ? Phrases.say(language, names[0], names[1]) : carrier;
	}

}
