package dev.kefu.returns.law;

import java.util.Objects;

import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.ReturnsWords;

/**
 * One article of a law, as people read it in a reason ("《网络购买商品七日无理由退货暂行办法》第十条" / "SAMR
 * Measures Art. 10").
 *
 * @param id a stable key for machines and logs (e.g. {@code samr-7day-10})
 * @param name the article's name in words
 */
public record Article(String id, LocalizedText name) {

	public Article {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

	/**
	 * An article named as the returns bundle writes it ({@code article.} and its id), so
	 * that its legal wording stays in one place: the SAMR seven-day measures
	 * (网络购买商品七日无理由退货暂行办法, SAMR Order No. 90 of 2017, revised by No. 31 of 2020), the
	 * Consumer Protection Law (消费者权益保护法, 2013 revision), the Personal Information
	 * Protection Law (个人信息保护法, 2021) or another law's.
	 * @param id the article's id
	 * @return the article
	 */
	static Article named(String id) {
		return new Article(id, ReturnsWords.text("article." + id));
	}

	/** CPL Art. 25: seven-day no-reason returns of goods bought at a distance. */
	public static final Article CPL_25 = named("cpl-25");

	/** CPL Art. 24: goods that fail quality requirements; the seller bears transport. */
	public static final Article CPL_24 = named("cpl-24");

	/** SAMR Art. 6: goods excluded by law. */
	public static final Article SAMR_6 = named("samr-7day-6");

	/** SAMR Art. 7: goods excluded only with the shopper's confirmation at purchase. */
	public static final Article SAMR_7 = named("samr-7day-7");

	/** SAMR Art. 8: what intact means; opening to inspect is not damage. */
	public static final Article SAMR_8 = named("samr-7day-8");

	/** SAMR Art. 9: what makes goods non-intact, by kind of goods. */
	public static final Article SAMR_9 = named("samr-7day-9");

	/** SAMR Art. 10: seven days from the day after sign-off. */
	public static final Article SAMR_10 = named("samr-7day-10");

	/** SAMR Art. 12: gifts go back with the goods, or their disclosed price is paid. */
	public static final Article SAMR_12 = named("samr-7day-12");

	/** SAMR Art. 13: refund within seven days of the returned goods arriving. */
	public static final Article SAMR_13 = named("samr-7day-13");

	/** SAMR Art. 14: refund to the way the shopper paid. */
	public static final Article SAMR_14 = named("samr-7day-14");

	/** SAMR Art. 17: bundles and spend-threshold discounts are recalculated. */
	public static final Article SAMR_17 = named("samr-7day-17");

	/** SAMR Art. 18: return freight. */
	public static final Article SAMR_18 = named("samr-7day-18");

	/** SAMR Art. 20: the confirmation step in the checkout; without it no refusal. */
	public static final Article SAMR_20 = named("samr-7day-20");

	/** SAMR Art. 30: a shop may not widen the excluded goods. */
	public static final Article SAMR_30 = named("samr-7day-30");

	/** SAMR Art. 31: penalties, including handling and refunds beyond 15 days. */
	public static final Article SAMR_31 = named("samr-7day-31");

	/** PIPL Art. 24: automated decisions, an explanation and a person. */
	public static final Article PIPL_24 = named("pipl-24");

}
