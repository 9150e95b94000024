package dev.kefu.bot.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.ReturnRisk;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.StaffAction;
import dev.kefu.returns.logistics.PickupBooking;

/**
 * A case as the API shows it.
 *
 * @param id the case id
 * @param kind return or exchange
 * @param state where it stands
 * @param shopId the shop
 * @param shopperId the shopper
 * @param orderId the order
 * @param lineNumber the order line
 * @param sku the item
 * @param title its title
 * @param quantity units
 * @param amount what was paid for them
 * @param currency ISO 4217 code
 * @param reason the shopper's reason
 * @param note the shopper's words
 * @param photoIds evidence photos
 * @param exchangeSku the wanted variant (exchanges)
 * @param decision the rules' or a person's decision
 * @param keepItem whether the item stays with the shopper
 * @param pickup the doorstep pickup
 * @param refundStatus the refund's status
 * @param replacementTracking the replacement's tracking number
 * @param version the case's version
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 * @param history what happened, oldest first (in single-case answers)
 * @param humanReview after an automated rejection, the offer of a person's review (PIPL
 * Art. 24) in {@code zh-Hans}, {@code zh-Hant} and {@code en}; {@code null} when there is
 * none to offer
 * @param actions what staff may do to the case in its state (in staff answers about one
 * case; {@code null} elsewhere)
 */
public record CaseView(UUID id, CaseKind kind, CaseState state, String shopId, String shopperId, String orderId,
		int lineNumber, String sku, String title, int quantity, BigDecimal amount, String currency, ReturnReason reason,
		String note, List<UUID> photoIds, String exchangeSku, DecisionView decision, boolean keepItem,
		PickupBooking pickup, String refundStatus, String replacementTracking, long version, Instant createdAt,
		Instant updatedAt, List<HistoryView> history, Map<String, String> humanReview, Set<StaffAction> actions) {

	/**
	 * A case as its shopper sees it: the history's lines without the rules' decisions
	 * they recorded (what the rules weighed is for staff).
	 * @param c the case
	 * @param history its history, or {@code null}
	 * @return the view
	 */
	public static CaseView of(ReturnCase c, List<HistoryEntry> history) {
		return of(c, history, null, false);
	}

	/**
	 * A case as staff see it, with what they may do to it.
	 * @param c the case
	 * @param history its history, or {@code null}
	 * @param actions what staff may do to it now, or {@code null}
	 * @return the view
	 */
	public static CaseView of(ReturnCase c, List<HistoryEntry> history, Set<StaffAction> actions) {
		return of(c, history, actions, true);
	}

	private static CaseView of(ReturnCase c, List<HistoryEntry> history, Set<StaffAction> actions, boolean staff) {
		var p = c.progress();
		var r = c.request();
		return new CaseView(c.id().value(), r.kind(), c.state(), r.shopper().shopId(), r.shopper().shopperId(),
				r.orderId(), r.lineNumber(), c.item().sku(), c.item().title(), r.quantity(), c.amount(),
				c.item().currency(), r.reason(), r.note(), r.photoIds(), r.exchangeSku(), DecisionView.of(p.decision()),
				p.keepItem(), p.pickup(), (p.refund() != null) ? p.refund().status().name() : null,
				(p.replacement() != null) ? p.replacement().trackingNumber() : null, c.version(), c.createdAt(),
				c.updatedAt(),
				(history != null) ? history.stream().map((h) -> HistoryView.of(h, staff)).toList() : null,
				humanReview(c), actions);
	}

	/** PIPL Art. 24: an automated rejection offers a person's review, once. */
	private static Map<String, String> humanReview(ReturnCase c) {
		Decision decision = c.progress().decision();
		if (c.state() != CaseState.REJECTED || decision == null || !decision.automated()
				|| c.progress().disputes() > 0) {
			return null;
		}
		String zh = "「" + c.item().title() + "」的申请由系统按本店规则自动拒绝：" + decision.reason().zh()
				+ " 您有权要求人工复核（《个人信息保护法》第二十四条）。";
		Map<String, String> offer = new LinkedHashMap<>();
		offer.put("zh-Hans", zh);
		offer.put("zh-Hant", ChineseScript.toTraditional(zh));
		offer.put("en",
				"Your request for " + c.item().title() + " was refused automatically by the shop's rules: "
						+ decision.reason().en()
						+ " You have the right to a review by a person (Personal Information Protection Law Art. 24).");
		return offer;
	}

	/**
	 * One line of the case's history.
	 *
	 * @param seq position in the history, from 1
	 * @param at when
	 * @param actor who or what
	 * @param event what happened (none for the opening of the case)
	 * @param from the state before
	 * @param to the state after
	 * @param reason why, as it was written (a rules' decision in Simplified Chinese)
	 * @param decision the rules' decision the line records, with the rules' names and the
	 * reason in every language, for staff; {@code null} for shoppers, other lines and
	 * lines written before decisions were kept
	 */
	record HistoryView(int seq, Instant at, Actor actor, CaseEvent event, CaseState from, CaseState to, String reason,
			DecisionView decision) {

		static HistoryView of(HistoryEntry h, boolean staff) {
			return new HistoryView(h.seq(), h.at(), h.actor(), h.event(), h.from(), h.to(), h.reason(),
					staff ? DecisionView.of(h.decision()) : null);
		}

	}

	/**
	 * A decision with its explanation.
	 *
	 * @param outcome approve, review or reject
	 * @param reasonZh the reason in (Simplified) Chinese
	 * @param reasonZhHant the reason in Traditional Chinese: the rules' own where they
	 * give one, else converted
	 * @param reasonEn the reason in English
	 * @param rules the ids of the rules that fired (for the YAML, not for people)
	 * @param ruleNames the names of the rules that fired, in the same order, in
	 * {@code zh-Hans}, {@code zh-Hant} and {@code en}
	 * @param rulesVersion the rule set's version
	 * @param automated whether no person took it
	 * @param risk the request's return risk when the rules decided
	 */
	record DecisionView(String outcome, String reasonZh, String reasonZhHant, String reasonEn, List<String> rules,
			List<Map<String, String>> ruleNames, int rulesVersion, boolean automated, RiskView risk) {

		static DecisionView of(Decision d) {
			return (d != null) ? new DecisionView(d.outcome().name(), d.reason().zh(),
					RuleWords.traditional(d.reason()), d.reason().en(), d.firedRules(),
					d.findings().stream().map((f) -> RuleWords.name(f.ruleId(), f.name())).toList(), d.rulesVersion(),
					d.automated(), RiskView.of(d.risk())) : null;
		}

	}

	/**
	 * A return risk score as agents read it.
	 *
	 * @param score 0 to 100
	 * @param level LOW, MEDIUM or HIGH
	 * @param signals what raised it, weightiest first
	 */
	record RiskView(int score, String level, List<SignalView> signals) {

		static RiskView of(ReturnRisk risk) {
			return new RiskView(risk.score(), risk.level().name(),
					risk.signals()
						.stream()
						.map((s) -> new SignalView(s.kind().name(), s.points(), s.reason().zh(),
								RuleWords.traditional(s.reason()), s.reason().en()))
						.toList());
		}

	}

	/**
	 * One thing that raised a risk score.
	 *
	 * @param kind what it is
	 * @param points how much it added
	 * @param zh what the agent reads, in (Simplified) Chinese
	 * @param zhHant in Traditional Chinese
	 * @param en and in English
	 */
	record SignalView(String kind, int points, String zh, String zhHant, String en) {

	}

}
