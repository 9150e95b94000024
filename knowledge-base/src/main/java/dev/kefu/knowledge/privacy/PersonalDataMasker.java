package dev.kefu.knowledge.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text, keeping just enough for a person to recognise it (the
 * last four digits of a phone or card, the first letter and the domain of an e-mail).
 * Order and parcel numbers (letters and digits) are left alone: the bot and agents need
 * them, and they identify an order, not a person.
 */
public final class PersonalDataMasker {

	private static final Pattern EMAIL = Pattern
		.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

	// 18-digit resident ID: area, birth date (19xx/20xx), sequence, check digit.
	private static final Pattern ID_CARD = Pattern.compile(
			"(?<![0-9A-Za-z])([1-9]\\d{5})(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9A-Za-z])(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?\\d{4}[- ]?(\\d{4})(?![0-9A-Za-z])");

	// Taiwan mobiles (09xx), for shoppers writing from Taiwan.
	private static final Pattern MOBILE_TW = Pattern
		.compile("(?<![0-9A-Za-z])(09\\d{2})[- ]?\\d{3}[- ]?(\\d{3})(?![0-9A-Za-z])");

	// 16 to 19 digits, optionally grouped by spaces or dashes; only Luhn-valid runs are
	// cards (a 15-digit run is far more often an order number than an Amex card).
	private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])\\d(?:[ -]?\\d){15,18}(?![0-9A-Za-z])");

	private static final Pattern ADDRESS_ZH = Pattern
		.compile("(?:[\\p{IsHan}]{2,8}(?:省|自治区|自治區|特别行政区|特別行政區))?(?:[\\p{IsHan}]{1,8}(?:市|州|盟))?"
				+ "(?:[\\p{IsHan}]{1,8}(?:区|區|县|縣|旗|镇|鎮|乡|鄉))?"
				+ "[\\p{IsHan}\\d]{1,12}(?:路|街|大道|大街|巷|弄|胡同|里)\\s*(?:[\\d一二三四五六七八九十百零]+\\s*[段巷弄]\\s*)*"
				+ "[\\d一二三四五六七八九十百零]+\\s*[号號]"
				+ "(?:\\s*[\\d一二三四五六七八九十A-Za-z-]+\\s*(?:号楼|號樓|号院|號院|栋|棟|幢|座|单元|單元|层|層|楼|樓|室|号|號|房))*");

	private static final Pattern ADDRESS_EN = Pattern.compile("\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\s+){1,4}"
			+ "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace)\\b\\.?"
			+ "(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Flat|Room)\\.?\\s*#?\\w+)?");

	private PersonalDataMasker() {
	}

	/**
	 * The text with its personal data masked.
	 * @param text any text, may be null
	 * @return the masked text (null for null)
	 */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = EMAIL.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
		masked = ID_CARD.matcher(masked)
			.replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + "********" + tail(m.group(), 4)));
		masked = CARD.matcher(masked).replaceAll((m) -> {
			String digits = m.group().replaceAll("[ -]", "");
			return Matcher.quoteReplacement(luhn(digits) ? "**** **** **** " + tail(digits, 4) : m.group());
		});
		masked = MOBILE.matcher(masked).replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + "****" + m.group(2)));
		masked = MOBILE_TW.matcher(masked).replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(2)));
		masked = ADDRESS_ZH.matcher(masked).replaceAll("[地址]");
		masked = ADDRESS_EN.matcher(masked).replaceAll("[address]");
		return masked;
	}

	/**
	 * Whether a text holds personal data this masker knows.
	 * @param text the text
	 * @return true if masking would change it
	 */
	public static boolean containsPersonalData(String text) {
		return text != null && !text.equals(mask(text));
	}

	private static String tail(String value, int count) {
		return value.substring(Math.max(0, value.length() - count));
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
