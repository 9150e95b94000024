package dev.kefu.returns.law;

/**
 * The clocks the law starts on a return, each counted in calendar days in the shop's zone
 * from the day after the event that starts it.
 */
public enum LegalClock {

	/**
	 * The refund is due within 7 days of the returned goods arriving (SAMR Art. 13, CPL
	 * Art. 25(3)); an alert goes out before it.
	 */
	REFUND_DUE(7, Article.SAMR_13),

	/**
	 * No refund 15 days after the goods arrived: the penalty of SAMR Art. 31(3).
	 */
	REFUND_UNPAID_15_DAYS(15, Article.SAMR_31),

	/**
	 * A request not handled within 15 days of being made: the penalty of SAMR Art. 31(2).
	 */
	REQUEST_UNHANDLED_15_DAYS(15, Article.SAMR_31);

	private final int days;

	private final Article article;

	LegalClock(int days, Article article) {
		this.days = days;
		this.article = article;
	}

	/**
	 * The clock's length.
	 * @return calendar days
	 */
	public int days() {
		return this.days;
	}

	/**
	 * The article that sets it.
	 * @return the article
	 */
	public Article article() {
		return this.article;
	}

}
