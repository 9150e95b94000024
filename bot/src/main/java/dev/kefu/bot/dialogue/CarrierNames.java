package dev.kefu.bot.dialogue;

import java.util.Locale;
import java.util.Map;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;

/**
 * Carriers by the names shoppers know them by in their language: a Chinese chat says
 * 顺丰速运, an English one SF Express, whichever of the two the shop's system sent. A carrier
 * not listed keeps the name the system gave.
 */
final class CarrierNames {

	/** The lower-cased names systems send, to the key of the carrier's names. */
	private static final Map<String, String> KNOWN = Map.ofEntries(
			Map.entry("kefu local express", "carrier.kefu-local"), Map.entry("sf express", "carrier.sf"),
			Map.entry("sf", "carrier.sf"), Map.entry("顺丰", "carrier.sf"), Map.entry("顺丰速运", "carrier.sf"),
			Map.entry("jd logistics", "carrier.jd"), Map.entry("京东物流", "carrier.jd"), Map.entry("zto", "carrier.zto"),
			Map.entry("zto express", "carrier.zto"), Map.entry("中通快递", "carrier.zto"), Map.entry("yto", "carrier.yto"),
			Map.entry("yto express", "carrier.yto"), Map.entry("圆通速递", "carrier.yto"), Map.entry("sto", "carrier.sto"),
			Map.entry("sto express", "carrier.sto"), Map.entry("申通快递", "carrier.sto"),
			Map.entry("yunda", "carrier.yunda"), Map.entry("韵达快递", "carrier.yunda"), Map.entry("ems", "carrier.ems"));

	private CarrierNames() {
	}

	/**
	 * A carrier's name for the shopper.
	 * @param carrier the name the shop's system gave
	 * @param language the shopper's language and script
	 * @return the name to show
	 */
	static String of(String carrier, QueryText language) {
		String key = KNOWN.get(carrier.strip().toLowerCase(Locale.ROOT));
		return (key != null) ? Voice.say(language, key) : carrier;
	}

}
