package dev.kefu.returns.law;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnWindow;
import dev.kefu.returns.approval.ReturnsWords;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.Resolution;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;

/**
 * Mainland China (profile {@code CN}, the default): Consumer Protection Law Art. 25 and
 * the SAMR 网络购买商品七日无理由退货暂行办法 (2017, revised 2020). Copies of the texts used, and how far
 * each is checked, are listed in {@code docs/returns-law.md}.
 * <p>
 * Categories are the shop's category keys; the ones below carry a legal meaning (shops
 * map their catalogue onto them, or the order system reports them).
 */
final class MainlandChina implements LegalProfile {

	static final MainlandChina INSTANCE = new MainlandChina();

	/**
	 * SAMR Art. 6 (and CPL Art. 25(1)): made to order; fresh and perishable; digital
	 * goods downloaded (or, for {@link #MEDIA}, unsealed); newspapers and periodicals.
	 */
	static final Set<String> STATUTORY_EXCLUSIONS = Set.of("custom-made", "fresh-food", "perishable",
			"digital-download", "newspapers", "periodicals");

	/**
	 * SAMR Art. 6(3): audio-visual goods and software on a medium, excluded once
	 * unsealed.
	 */
	static final Set<String> MEDIA = Set.of("media", "software");

	/**
	 * SAMR Art. 7: (1) goods bearing on health or safety, or changing in quality, once
	 * unsealed; (2) goods that lose much value once activated or tried; (3) near-expiry
	 * or disclosed-defect goods. Refused only when the order line records the shopper's
	 * confirmation at purchase (Art. 20(2)).
	 */
	static final Set<String> CONFIRMATION_CATEGORIES = Set.of("underwear", "swimwear", "hygiene", "cosmetics",
			"medical-device", "family-planning", "health-food", "activatable", "near-expiry", "disclosed-defect");

	/** SAMR Art. 9(1): food, cosmetics, medical devices, family-planning goods. */
	static final Set<String> SEALED_GOODS = Set.of("food", "health-food", "cosmetics", "medical-device",
			"family-planning", "hygiene");

	/** SAMR Art. 9(2): electronic and electrical goods. */
	static final Set<String> ELECTRONICS = Set.of("electronics", "appliances", "phones", "computers", "activatable");

	/** Seven calendar days (CPL Art. 25(1), SAMR Art. 10). */
	static final int WINDOW_DAYS = 7;

	private MainlandChina() {
	}

	@Override
	public String code() {
		return "CN";
	}

	@Override
	public int windowDays() {
		return WINDOW_DAYS;
	}

	@Override
	public Set<ReturnReason> noReasonReasons() {
		return Set.of(ReturnReason.CHANGED_MIND, ReturnReason.WRONG_SIZE);
	}

	@Override
	public Set<String> confirmationCategories() {
		return CONFIRMATION_CATEGORIES;
	}

	@Override
	public Optional<Protection> protection(ReturnFacts facts, Instant requestedAt, ItemCondition condition) {
		// CPL Art. 25 gives a right to return (退货); an exchange is the shop's offer.
		if (facts.kind() != CaseKind.RETURN || !noReasonReasons().contains(facts.reason())) {
			return Optional.empty();
		}
		Instant signedAt = facts.order().deliveredAt();
		// SAMR Art. 10: the notice is sent within seven days counted from the day after
		// sign-off, in the shop's zone; what counts is when the shopper asked.
		if (signedAt == null || !new ReturnWindow(signedAt, WINDOW_DAYS, facts.zone()).isOpen(requestedAt)
				|| requestedAt.isBefore(signedAt)) {
			return Optional.empty();
		}
		String category = facts.line().category();
		// SAMR Art. 6: the statutory exclusions refuse outright.
		if (STATUTORY_EXCLUSIONS.contains(category)
				|| (MEDIA.contains(category) && condition != null && condition.sealBroken())) {
			return Optional.empty();
		}
		if (condition != null && notIntact(category, condition).isPresent()) {
			return Optional.empty();
		}
		if (CONFIRMATION_CATEGORIES.contains(category)) {
			if (facts.line().exclusionConfirmedAtPurchase()) {
				return Optional.empty();
			}
			return Optional.of(new Protection(List.of(Article.CPL_25, Article.SAMR_7, Article.SAMR_20),
					ReturnsWords.text("law.cn.unconfirmed-exclusion")));
		}
		// A confirmation on other goods changes nothing: a shop may not widen the
		// exclusions (SAMR Art. 30).
		return Optional.of(new Protection(List.of(Article.CPL_25, Article.SAMR_6, Article.SAMR_10),
				ReturnsWords.text("law.cn.no-reason-protected")));
	}

	@Override
	public Optional<Instant> due(LegalClock clock, ReturnCase c, ZoneId zone) {
		CaseProgress progress = c.progress();
		if (clock == LegalClock.REQUEST_UNHANDLED_15_DAYS) {
			// SAMR Art. 31(2): 15 days from receiving the shopper's request.
			return Optional.of(new ReturnWindow(c.createdAt(), clock.days(), zone).closesAt());
		}
		// SAMR Art. 13, 31(3): counted from the day the returned goods arrived, for a
		// refund (an exchange sends goods, not money).
		if (progress.receivedAt() == null || progress.resolution() != Resolution.REFUND || progress.keepItem()) {
			return Optional.empty();
		}
		return Optional.of(new ReturnWindow(progress.receivedAt(), clock.days(), zone).closesAt());
	}

	@Override
	public Optional<Protection> notIntact(String category, ItemCondition condition) {
		// SAMR Art. 8(3): opening to inspect, or trying as far as checking needs, is not
		// damage; condition.openedToInspect() therefore never counts here.
		List<Article> articles = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		if (condition.sealBroken() && (SEALED_GOODS.contains(category) || MEDIA.contains(category))) {
			articles.add(Article.SAMR_9);
			wrong.add("law.cn.not-intact.seal-broken");
		}
		if (condition.tagsRemoved()) {
			articles.add(Article.SAMR_8);
			articles.add(Article.SAMR_9);
			wrong.add("law.cn.not-intact.tags-removed");
		}
		if (condition.soiledOrDamaged()) {
			articles.add(Article.SAMR_9);
			wrong.add("law.cn.not-intact.soiled-or-damaged");
		}
		if (condition.activatedOrModified() && ELECTRONICS.contains(category)) {
			articles.add(Article.SAMR_9);
			wrong.add("law.cn.not-intact.activated-or-modified");
		}
		if (articles.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Protection(articles.stream().distinct().toList(),
				new LocalizedText(notIntact(Locale.SIMPLIFIED_CHINESE, wrong), notIntact(Locale.ENGLISH, wrong))));
	}

	private static String notIntact(Locale locale, List<String> wrong) {
		return ReturnsWords.say(locale, "law.cn.not-intact",
				String.join(ReturnsWords.say(locale, "law.cn.not-intact-separator"),
						wrong.stream().map((key) -> ReturnsWords.say(locale, key)).toList()));
	}

}
