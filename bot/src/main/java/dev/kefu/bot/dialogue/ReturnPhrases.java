package dev.kefu.bot.dialogue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;

/**
 * What the bot tells a shopper about their case: where it stands, and what just happened
 * to it, in the shopper's language and script.
 */
public final class ReturnPhrases {

	private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private ReturnPhrases() {
	}

	/**
	 * The message for something that happened to a case.
	 * @param c the case after it happened
	 * @param event what happened
	 * @param language the shopper's language and script
	 * @param zone the shop's time zone, in which times are told
	 * @return the message, or {@code null} when the event is not worth a message
	 */
	public static String onEvent(ReturnCase c, CaseEvent event, QueryText language, ZoneId zone) {
		String what = what(c, language);
		return switch (event) {
			case SUBMIT, APPROVE, REJECT, REVIEW_EXPIRED -> decided(c, language, what);
			case PICKUP_BOOKED -> say(language,
					"已为" + what + "预约" + CarrierNames.of(c.progress().pickup().carrier(), language) + "上门取件，时间 "
							+ window(c, zone) + "，运单号 " + c.progress().pickup().trackingNumber() + "。请把商品包好交给快递员。",
					"A " + CarrierNames.of(c.progress().pickup().carrier(), language) + " courier will collect " + what
							+ " on " + window(c, zone) + " (tracking " + c.progress().pickup().trackingNumber()
							+ "). Please have it packed.");
			case REMIND -> say(language, "提醒：" + what + "还没有交给快递员，超过期限申请会自动关闭。", "Reminder: " + what
					+ " hasn't been handed to the courier yet; the request closes if it isn't soon.");
			case PARCEL_PICKED_UP -> say(language, "快递员已取走" + what + "。", "The courier has collected " + what + ".");
			case PARCEL_DELIVERED ->
				say(language, what + "已送到仓库，正在验收。", what + " reached the warehouse and is being checked.");
			case INSPECTION_PASSED ->
				say(language, what + "验收通过，" + ((c.request().kind() == CaseKind.EXCHANGE) ? "马上为您发出换货。" : "马上为您退款。"),
						what + " passed inspection; " + ((c.request().kind() == CaseKind.EXCHANGE)
								? "your replacement ships next." : "your refund is next."));
			case INSPECTION_FAILED -> say(language, what + "验收发现问题，客服会联系您核实。",
					"The warehouse found a problem with " + what + "; an agent will contact you.");
			case REFUND_ISSUED -> say(language, "退款 " + refunded(c) + " 元已发起，原路退回。", "Your refund of " + refunded(c)
					+ " " + c.item().currency() + " is on its way to your payment method.");
			case REFUND_SETTLED -> say(language, "退款 " + refunded(c) + " 元已到账，" + what + "办理完成。感谢您的耐心！",
					"Your refund of " + refunded(c) + " " + c.item().currency() + " has arrived; " + what
							+ " is complete. Thanks for your patience!");
			case REFUND_FAILED ->
				say(language, "退款遇到问题，客服会尽快为您处理。", "The refund ran into a problem; an agent will sort it out shortly.");
			case REPLACEMENT_SHIPPED ->
				say(language, "换货商品已发出，运单号 " + c.progress().replacement().trackingNumber() + "。",
						"Your replacement has shipped, tracking " + c.progress().replacement().trackingNumber() + ".");
			case REPLACEMENT_UNAVAILABLE -> say(language, "很抱歉，您想换的款式刚刚售罄。可以改为退款吗？回复“改为退款”即可。",
					"Sorry, the variant you wanted just sold out. Would you take a refund instead? Reply \"refund instead\".");
			case ACCEPT_REFUND -> say(language, "好的，改为退款，马上为您办理。", "OK, a refund instead; it's on its way.");
			case REPLACEMENT_DELIVERED ->
				say(language, "换货已送达，" + what + "办理完成。", "Your replacement was delivered; " + what + " is complete.");
			case CANCEL -> say(language, what + "已取消。", what + " is cancelled.");
			case PICKUP_EXPIRED -> say(language, "由于商品没有在期限内寄出，" + what + "已关闭。如仍需退货，可以重新申请。",
					what + " closed because the parcel wasn't handed over in time. You can start a new one.");
			case DISPUTE ->
				say(language, "已收到您的申诉，客服会复核" + what + "。", "Got it: an agent will look at " + what + " again.");
		};
	}

	/**
	 * The message for a step that takes longer because another system does not answer.
	 * @param c the case
	 * @param step the step being retried
	 * @param language the shopper's language
	 * @return the message
	 */
	public static String delayed(ReturnCase c, String step, QueryText language) {
		String system = switch (step) {
			case "BOOK_PICKUP", "CANCEL_PICKUP" -> say(language, "快递公司", "The courier's");
			case "ISSUE_REFUND", "SETTLEMENT_CHECK" -> say(language, "支付系统", "The payment");
			case "SHIP_REPLACEMENT" -> say(language, "仓库", "The warehouse");
			default -> say(language, "订单系统", "The order");
		};
		return say(language, system + "暂时没有响应，" + what(c, language) + "已保存，我们会自动重试，办好后马上通知您。",
				system + " system isn't answering right now. " + what(c, language)
						+ " is saved and we keep retrying; you'll hear from us as soon as it's done.");
	}

	/**
	 * Where a case stands, in one sentence.
	 * @param c the case
	 * @param language the shopper's language
	 * @param zone the shop's time zone, in which times are told
	 * @return the sentence
	 */
	public static String status(ReturnCase c, QueryText language, ZoneId zone) {
		String what = what(c, language);
		String zh = switch (c.state()) {
			case REQUESTED, DECIDING, REOPENING -> "正在处理";
			case UNDER_REVIEW -> "客服审核中";
			case APPROVED -> "已通过，正在预约取件";
			case REJECTED -> "未通过";
			case PICKUP_BOOKED -> "等待快递员上门取件（" + window(c, zone) + "）";
			case IN_TRANSIT -> "退货运输中";
			case RECEIVED -> "仓库验收中";
			case INSPECTED -> "验收通过，正在" + ((c.request().kind() == CaseKind.EXCHANGE) ? "安排换货" : "退款");
			case AWAITING_SHOPPER -> "换货款式缺货，等您确认是否改为退款";
			case REFUNDED -> "退款已发起，等待到账";
			case REPLACEMENT_SHIPPED -> "换货已发出";
			case COMPLETED -> "已完成";
			case CANCELLED -> "已取消";
			case DISPUTED -> "客服处理中";
			case EXPIRED -> "已过期关闭";
		};
		String en = switch (c.state()) {
			case REQUESTED, DECIDING, REOPENING -> "being processed";
			case UNDER_REVIEW -> "being reviewed by an agent";
			case APPROVED -> "approved; booking the pickup";
			case REJECTED -> "not approved";
			case PICKUP_BOOKED -> "waiting for the courier (" + window(c, zone) + ")";
			case IN_TRANSIT -> "on its way back";
			case RECEIVED -> "being checked at the warehouse";
			case INSPECTED ->
				"checked; " + ((c.request().kind() == CaseKind.EXCHANGE) ? "replacement next" : "refund next");
			case AWAITING_SHOPPER -> "waiting for you: the replacement sold out, would you take a refund?";
			case REFUNDED -> "refund sent, waiting for it to arrive";
			case REPLACEMENT_SHIPPED -> "replacement shipped";
			case COMPLETED -> "complete";
			case CANCELLED -> "cancelled";
			case DISPUTED -> "with an agent";
			case EXPIRED -> "closed (expired)";
		};
		return say(language, what + "：" + zh + "。", what + ": " + en + ".");
	}

	/** What the refund paid (the settlement), else the item's amount. */
	private static BigDecimal refunded(ReturnCase c) {
		var refund = c.progress().refund();
		return (refund != null && refund.amount() != null) ? refund.amount() : c.amount();
	}

	static String reasonLabel(ReturnReason reason, QueryText language) {
		return switch (reason) {
			case CHANGED_MIND -> say(language, "不想要了（七天无理由）", "Changed my mind");
			case WRONG_SIZE -> say(language, "尺码不合适", "Wrong size");
			case NOT_AS_DESCRIBED -> say(language, "与描述不符", "Not as described");
			case QUALITY_ISSUE -> say(language, "质量问题", "Quality problem");
			case DAMAGED_IN_TRANSIT -> say(language, "运输破损", "Damaged in transit");
			case WRONG_ITEM -> say(language, "发错货", "Wrong item sent");
		};
	}

	static String text(LocalizedText text, QueryText language) {
		return say(language, text.zh(), text.en());
	}

	private static String decided(ReturnCase c, QueryText language, String what) {
		var decision = c.progress().decision();
		String reason = (decision != null) ? text(decision.reason(), language) : "";
		if (c.state() == CaseState.UNDER_REVIEW) {
			return say(language, what + "需要客服审核：" + reason + " 有结果会第一时间通知您。",
					what + " needs an agent's review: " + reason + " You'll hear as soon as it's decided.");
		}
		if (c.state() == CaseState.REJECTED && decision != null && decision.automated()
				&& c.progress().disputes() == 0) {
			// PIPL Art. 24: an automated decision says why and offers a person's review.
			return say(language,
					"很抱歉，" + what + "未能通过：" + reason + " 这是系统按本店规则自动作出的决定，您有权要求人工复核（《个人信息保护法》第二十四条）：回复“申诉”，客服会重新审核。",
					"Sorry, " + what + " wasn't approved: " + reason
							+ " This was decided automatically by the shop's rules; you have the right to have a person"
							+ " review it (Personal Information Protection Law Art. 24): reply \"dispute\" and an agent will"
							+ " look at it again.");
		}
		if (c.state() == CaseState.REJECTED) {
			return say(language, "很抱歉，" + what + "未能通过：" + reason + " 如有疑问可以回复“申诉”或转人工。", "Sorry, " + what
					+ " wasn't approved: " + reason + " Reply \"dispute\" or ask for an agent if you disagree.");
		}
		if (c.progress().keepItem()) {
			return say(language, what + "已通过：" + reason, what + " is approved: " + reason);
		}
		String fast = decision.refundAtPickup() ? decision.findings()
			.stream()
			.filter((f) -> f.refundAtPickup())
			.map((f) -> " " + text(f.reason(), language))
			.findFirst()
			.orElse("") : "";
		return say(language, what + "已通过：" + reason + fast + " 正在为您预约上门取件。",
				what + " is approved: " + reason + fast + " Booking a doorstep pickup now.");
	}

	private static String what(ReturnCase c, QueryText language) {
		// Lower case: it goes in the middle of sentences; say() capitalises sentence
		// starts.
		String kind = (c.request().kind() == CaseKind.EXCHANGE) ? Phrases.say(language, "换货", "exchange")
				: Phrases.say(language, "退货", "return");
		return Phrases.say(language, "「" + c.item().title() + "」的" + kind + "申请",
				"your " + kind + " of " + c.item().title());
	}

	private static String say(QueryText language, String chinese, String english) {
		return Phrases.say(language, chinese, Character.toUpperCase(english.charAt(0)) + english.substring(1));
	}

	private static String window(ReturnCase c, ZoneId zone) {
		var pickup = c.progress().pickup();
		return (pickup != null) ? WINDOW.withZone(zone).format(pickup.windowStart()) + "–"
				+ HOUR.withZone(zone).format(pickup.windowEnd()) : "";
	}

}
