package dev.kefu.returns.law;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.approval.ApprovalRule;
import dev.kefu.returns.approval.CategoryRule;
import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.EvidenceFacts;
import dev.kefu.returns.approval.Finding;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ReturnWindow;
import dev.kefu.returns.approval.ReturnsWords;
import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.approval.ShopperHistory;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;

/**
 * Keeps a shop's rules above its legal profile, in the two places rules act: a rule set
 * that could refuse a protected request is not saved nor tried ({@link #check}), and a
 * decision that refuses one becomes a review by a person ({@link #apply}). Sending a
 * request to a person is never below the floor; refusing it is.
 */
public final class LegalFloor {

	/** The id of the finding the floor adds when it lifts a refusal. */
	public static final String FINDING_ID = "legal-floor";

	/** Signed at 23:59 on the eve of a leap day: the edges the probes stand on. */
	private static final LocalDate PROBE_SIGNED_ON = LocalDate.of(2028, 2, 28);

	private static final List<BigDecimal> PROBE_PRICES = List.of(new BigDecimal("0.01"), new BigDecimal("299"),
			new BigDecimal("99999"));

	private LegalFloor() {
	}

	/**
	 * Lifts a refusal the law does not allow to a review, saying why.
	 * @param profile the shop's legal profile
	 * @param decision what the rules decided
	 * @param facts what they looked at
	 * @param requestedAt when the shopper asked
	 * @param condition the item's state as the shopper confirmed it, or {@code null}
	 * @return the decision, or a review when the rules refused a protected request
	 */
	public static Decision apply(LegalProfile profile, Decision decision, ReturnFacts facts, Instant requestedAt,
			ItemCondition condition) {
		if (decision.outcome() != Outcome.REJECT) {
			return decision;
		}
		Optional<Protection> protection = profile.protection(facts, requestedAt, condition);
		if (protection.isEmpty()) {
			return decision;
		}
		List<Finding> findings = new ArrayList<>(decision.findings());
		findings.add(new Finding(FINDING_ID, Outcome.REVIEW, protection.get().reason(), false));
		return new Decision(Outcome.REVIEW, findings, protection.get().reason(), false, decision.rulesVersion(), false,
				true, decision.risk());
	}

	/**
	 * Tries every rule on requests the profile protects: no-reason returns asked for at
	 * the first and the last minute of the window, of a parcel signed for at 23:59 on the
	 * eve of a leap day in the shop's zone, for every category the rules or the law name,
	 * with and without the shopper's confirmation at purchase, opened to inspect or not,
	 * cheap and dear, with and without photos and a history of returns.
	 * @param profile the shop's legal profile
	 * @param rules the rule set
	 * @param zone the shop's zone
	 * @return the rules that refuse one of them, each with its first example; empty when
	 * the rule set is above the floor
	 */
	public static List<FloorBreach> check(LegalProfile profile, RuleSet rules, ZoneId zone) {
		Map<String, FloorBreach> breaches = new LinkedHashMap<>();
		for (Probe probe : probes(profile, rules, zone)) {
			Optional<Protection> protection = profile.protection(probe.facts(), probe.facts().now(), probe.condition());
			if (protection.isEmpty()) {
				continue;
			}
			for (ApprovalRule rule : rules.rules()) {
				if (breaches.containsKey(rule.id())) {
					continue;
				}
				Optional<Finding> finding = rule.evaluate(probe.facts());
				if (finding.isPresent() && finding.get().outcome() == Outcome.REJECT) {
					breaches.put(rule.id(), breach(rule, protection.get(), probe));
				}
			}
		}
		return List.copyOf(breaches.values());
	}

	/**
	 * Refuses a rule set below the floor.
	 * @param profile the shop's legal profile
	 * @param rules the rule set
	 * @param zone the shop's zone
	 * @throws RulesBelowLegalFloor if a rule could refuse a protected request
	 */
	public static void require(LegalProfile profile, RuleSet rules, ZoneId zone) {
		List<FloorBreach> breaches = check(profile, rules, zone);
		if (!breaches.isEmpty()) {
			throw new RulesBelowLegalFloor(profile.code(), breaches);
		}
	}

	private static FloorBreach breach(ApprovalRule rule, Protection protection, Probe probe) {
		List<Article> articles = new ArrayList<>(protection.articles());
		if (rule instanceof CategoryRule && !articles.contains(Article.SAMR_7)) {
			// Widening the excluded goods beyond Arts. 6 and 7.
			articles.add(Article.SAMR_30);
		}
		LocalizedText example = probe.example();
		LocalizedText message = new LocalizedText(breach(Locale.SIMPLIFIED_CHINESE, rule.id(), articles, example.zh()),
				breach(Locale.ENGLISH, rule.id(), articles, example.en()));
		return new FloorBreach(rule.id(), articles, example, message);
	}

	private static String breach(Locale locale, String rule, List<Article> articles, String example) {
		String named = String.join(ReturnsWords.say(locale, "floor.articles-separator"),
				articles.stream().map((a) -> Locale.ENGLISH.equals(locale) ? a.name().en() : a.name().zh()).toList());
		return truncate(ReturnsWords.say(locale, "floor.breach", rule, named, example));
	}

	private static String truncate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 299) + "…";
	}

	private static List<Probe> probes(LegalProfile profile, RuleSet rules, ZoneId zone) {
		if (profile.windowDays() == 0 || profile.noReasonReasons().isEmpty()) {
			return List.of();
		}
		Set<String> categories = new LinkedHashSet<>();
		categories.add("general");
		categories.addAll(profile.confirmationCategories());
		Set<String> skus = new LinkedHashSet<>();
		for (ApprovalRule rule : rules.rules()) {
			if (rule instanceof CategoryRule category) {
				categories.addAll(category.categories());
				skus.addAll(category.skus());
			}
		}
		Instant signedAt = PROBE_SIGNED_ON.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
		ReturnWindow window = new ReturnWindow(signedAt, profile.windowDays(), zone);
		List<Instant> moments = List.of(signedAt.plusSeconds(60), window.closesAt().minusSeconds(1));
		List<Probe> probes = new ArrayList<>();
		List<String[]> items = new ArrayList<>();
		categories.forEach((c) -> items.add(new String[] { c, "PROBE-" + c }));
		skus.forEach((s) -> items.add(new String[] { "general", s }));
		for (String[] item : items) {
			for (boolean confirmed : new boolean[] { false, true }) {
				for (BigDecimal price : PROBE_PRICES) {
					for (ReturnReason reason : profile.noReasonReasons()) {
						for (Instant at : moments) {
							for (ItemCondition condition : List.of(ItemCondition.AS_SOLD,
									ItemCondition.OPENED_TO_INSPECT)) {
								for (int photos : new int[] { 0, 3 }) {
									for (boolean frequent : new boolean[] { false, true }) {
										probes.add(probe(item[0], item[1], confirmed, price, reason, signedAt, at,
												condition, photos, frequent, zone));
									}
								}
							}
						}
					}
				}
			}
		}
		return probes;
	}

	private static Probe probe(String category, String sku, boolean confirmed, BigDecimal price, ReturnReason reason,
			Instant signedAt, Instant at, ItemCondition condition, int photos, boolean frequent, ZoneId zone) {
		OrderLine line = new OrderLine(1, sku, category, category, price, 1, confirmed);
		Instant placed = signedAt.minusSeconds(2 * 86_400);
		ShopOrder order = new ShopOrder("FLOOR-PROBE", new ShopperRef("floor-probe", "floor-probe"),
				OrderStatus.DELIVERED, placed, placed, signedAt, "CNY", List.of(line));
		List<ShopperHistory.Dated> returns = new ArrayList<>();
		List<ShopperHistory.Dated> purchases = new ArrayList<>();
		if (frequent) {
			for (int i = 0; i < 20; i++) {
				returns.add(new ShopperHistory.Dated(at.minusSeconds(86_400), price));
			}
			purchases.add(new ShopperHistory.Dated(placed, price));
		}
		ReturnFacts facts = new ReturnFacts(CaseKind.RETURN, reason, order, line, 1, EvidenceFacts.fresh(photos),
				"REGULAR", new ShopperHistory(returns, purchases), null, at, zone);
		String when = at.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
		String signed = signedAt.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
		boolean listed = !sku.startsWith("PROBE-");
		LocalizedText example = new LocalizedText(
				example(Locale.SIMPLIFIED_CHINESE, listed, category, price, signed, when, confirmed),
				example(Locale.ENGLISH, listed, category, price, signed, when, confirmed));
		return new Probe(facts, condition, example);
	}

	private static String example(Locale locale, boolean listed, String category, BigDecimal price, String signed,
			String when, boolean confirmed) {
		String item = listed ? ReturnsWords.say(locale, "floor.item-listed")
				: ReturnsWords.say(locale, "floor.item-category", category);
		return ReturnsWords.say(locale, "floor.example", item, price.toString(), signed, when,
				confirmed ? ReturnsWords.say(locale, "floor.confirmed") : "");
	}

	private record Probe(ReturnFacts facts, ItemCondition condition, LocalizedText example) {
	}

}
