package dev.kefu.returns.law;

import java.util.Objects;

import dev.kefu.returns.approval.LocalizedText;

/**
 * One article of a law, as people read it in a reason ("《网络购买商品七日无理由退货暂行办法》第十条" / "SAMR
 * Measures Art. 10").
 *
 * @param id a stable key for machines and logs (e.g. {@code samr-7day-10})
 * @param name the article's name in words
 */
public record Article(String id, LocalizedText name) {

	/** 网络购买商品七日无理由退货暂行办法 (SAMR Order No. 90 of 2017, revised by No. 31 of 2020). */
	static final String SAMR_ZH = "《网络购买商品七日无理由退货暂行办法》";

	static final String SAMR_EN = "SAMR Measures on 7-day no-reason returns";

	public Article {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

	/**
	 * An article of the SAMR seven-day measures.
	 * @param number the article
	 * @param zhNumber the number in Chinese (十, 二十)
	 * @return the article
	 */
	static Article samr(int number, String zhNumber) {
		return new Article("samr-7day-" + number,
				new LocalizedText(SAMR_ZH + "第" + zhNumber + "条", SAMR_EN + ", Art. " + number));
	}

	/**
	 * An article of the Consumer Protection Law (消费者权益保护法, 2013 revision).
	 * @param number the article
	 * @param zhNumber the number in Chinese
	 * @return the article
	 */
	static Article cpl(int number, String zhNumber) {
		return new Article("cpl-" + number,
				new LocalizedText("《消费者权益保护法》第" + zhNumber + "条", "Consumer Protection Law, Art. " + number));
	}

	/**
	 * An article of the Personal Information Protection Law (个人信息保护法, 2021).
	 * @param number the article
	 * @param zhNumber the number in Chinese
	 * @return the article
	 */
	static Article pipl(int number, String zhNumber) {
		return new Article("pipl-" + number, new LocalizedText("《个人信息保护法》第" + zhNumber + "条",
				"Personal Information Protection Law, Art. " + number));
	}

	/** CPL Art. 25: seven-day no-reason returns of goods bought at a distance. */
	public static final Article CPL_25 = cpl(25, "二十五");

	/** CPL Art. 24: goods that fail quality requirements; the seller bears transport. */
	public static final Article CPL_24 = cpl(24, "二十四");

	/** SAMR Art. 6: goods excluded by law. */
	public static final Article SAMR_6 = samr(6, "六");

	/** SAMR Art. 7: goods excluded only with the shopper's confirmation at purchase. */
	public static final Article SAMR_7 = samr(7, "七");

	/** SAMR Art. 8: what intact means; opening to inspect is not damage. */
	public static final Article SAMR_8 = samr(8, "八");

	/** SAMR Art. 9: what makes goods non-intact, by kind of goods. */
	public static final Article SAMR_9 = samr(9, "九");

	/** SAMR Art. 10: seven days from the day after sign-off. */
	public static final Article SAMR_10 = samr(10, "十");

	/** SAMR Art. 12: gifts go back with the goods, or their disclosed price is paid. */
	public static final Article SAMR_12 = samr(12, "十二");

	/** SAMR Art. 13: refund within seven days of the returned goods arriving. */
	public static final Article SAMR_13 = samr(13, "十三");

	/** SAMR Art. 14: refund to the way the shopper paid. */
	public static final Article SAMR_14 = samr(14, "十四");

	/** SAMR Art. 17: bundles and spend-threshold discounts are recalculated. */
	public static final Article SAMR_17 = samr(17, "十七");

	/** SAMR Art. 18: return freight. */
	public static final Article SAMR_18 = samr(18, "十八");

	/** SAMR Art. 20: the confirmation step in the checkout; without it no refusal. */
	public static final Article SAMR_20 = samr(20, "二十");

	/** SAMR Art. 30: a shop may not widen the excluded goods. */
	public static final Article SAMR_30 = samr(30, "三十");

	/** SAMR Art. 31: penalties, including handling and refunds beyond 15 days. */
	public static final Article SAMR_31 = samr(31, "三十一");

	/** PIPL Art. 24: automated decisions, an explanation and a person. */
	public static final Article PIPL_24 = pipl(24, "二十四");

}
