package dev.kefu.bot.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.kefu.bot.anger.Signal;
import dev.kefu.knowledge.language.ChineseScript;

/**
 * A hand-off brief in words an agent reads, in their language and script
 * ({@code zh-Hans}, {@code zh-Hant}, {@code en}): what the shopper wants, which order and
 * item, what the bot did or promised, why a person, how the shopper feels, then their own
 * recent lines. Chinese is written here in Simplified and converted for Traditional.
 * Never shows enum names, SKUs or the order-line references of the bot's buttons.
 */
final class BriefText {

	/** The scripts a brief is rendered in. */
	static final List<String> SCRIPTS = List.of("zh-Hans", "zh-Hant", "en");

	private BriefText() {
	}

	/**
	 * Renders a brief.
	 * @param brief the brief
	 * @param script {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 * @return the text
	 */
	static String render(HandoffBrief brief, String script) {
		boolean en = switch (script) {
			case "en" -> true;
			case "zh-Hans", "zh-Hant" -> false;
			default -> throw new IllegalArgumentException(
					"A brief is written in zh-Hans, zh-Hant or en, not \"" + script + "\"");
		};
		List<String> lines = new ArrayList<>();
		String wants = brief.wants().stream().map((w) -> want(w, en)).collect(Collectors.joining(en ? "; " : "；"));
		lines.add(en ? "Wants: " + wants : "诉求：" + wants);
		if (brief.order() != null) {
			lines.add(order(brief.order(), en));
		}
		if (!brief.bot().isEmpty()) {
			String did = brief.bot().stream().map((s) -> step(s, en)).collect(Collectors.joining(en ? "; " : "；"));
			lines.add(en ? "The bot: " + did : "机器人已：" + did);
		}
		String why = brief.reasons().stream().map((r) -> reason(r, en)).collect(Collectors.joining(en ? "; " : "；"));
		if (brief.keptWhileClosed()) {
			why += en ? " (came in while the shop was closed)" : "（店铺休息时收到）";
		}
		lines.add(en ? "Why a person: " + why : "转人工原因：" + why);
		lines.add(mood(brief, en));
		if (!brief.said().isEmpty()) {
			lines.add(en ? "Shopper said:" : "顾客原话：");
			brief.said().forEach((line) -> lines.add("- " + line));
		}
		String text = String.join("\n", lines);
		// The shopper's own lines stay as they wrote them; only the brief's words change
		// script.
		if (script.equals("zh-Hant")) {
			int cut = text.indexOf("\n顾客原话：");
			return (cut < 0) ? ChineseScript.toTraditional(text) : ChineseScript.toTraditional(text.substring(0, cut))
					+ "\n顧客原話：" + text.substring(cut + "\n顾客原话：".length());
		}
		return text;
	}

	private static String order(HandoffBrief.Order order, boolean en) {
		if (order.item() != null) {
			return en ? "Order " + order.orderId() + ": " + order.item() : "订单 " + order.orderId() + "：" + order.item();
		}
		return en ? "Order " + order.orderId() : "订单 " + order.orderId();
	}

	private static String want(HandoffBrief.Want want, boolean en) {
		return switch (want) {
			case SAFETY_HELP ->
				en ? "help after someone was hurt or in danger, and the product dealt with" : "有人受伤或有危险，需要帮助并处理产品";
			case LEGAL_SETTLEMENT ->
				en ? "a settlement; threatens a regulator, a court, the bank or the press" : "要求解决，否则投诉、起诉、拒付或曝光";
			case MONEY_PUT_RIGHT ->
				en ? "their money put right (a double charge, an unpaid payment or a missing refund)"
						: "款项问题处理（重复扣款、已付显示未付或退款未到）";
			case PARCEL_SOLVED ->
				en ? "the parcel problem solved (lost, empty, incomplete or wrong)" : "包裹问题处理（丢件、空包、少件或错发）";
			case DATA_REQUEST -> en ? "a personal-data request handled" : "个人信息请求处理（删除、导出或信息泄露）";
			case DECISION_REVIEWED -> en ? "the return decision looked at again" : "重新审核退货决定";
			case RETURN_DECIDED -> en ? "a person to decide their return" : "由人工决定退货申请";
			case WAIT_ENDED -> en ? "an end to a long wait" : "等了很久，要求尽快解决";
			case AN_ANSWER -> en ? "an answer the bot could not give" : "机器人没能回答的问题";
			case RETURN -> en ? "to return an item" : "退货";
			case EXCHANGE -> en ? "to exchange an item" : "换货";
			case A_PERSON -> en ? "to talk to a person" : "找人工客服";
		};
	}

	private static String step(HandoffBrief.BotStep step, boolean en) {
		return switch (step.kind()) {
			case ANSWERED -> en ? "answered \"" + step.detail() + "\"" : "回答了「" + step.detail() + "」";
			case OFFERED_CHOICES -> en ? "offered questions to choose from" : "给出了候选问题";
			case COULD_NOT_ANSWER -> en ? "could not answer (" + times(step.count(), true) + ")"
					: "没能回答（" + times(step.count(), false) + "）";
			case ORDER_STATUS -> en ? "told where their orders are" : "查询了订单状态";
			case RETURN_STARTED ->
				"EXCHANGE".equals(step.detail()) ? (en ? "started an exchange, not finished" : "开始了换货申请，尚未提交")
						: (en ? "started a return, not finished" : "开始了退货申请，尚未提交");
			case CASE -> en ? "a return or exchange case is open" : "已有退换货申请";
			case SYSTEMS_DOWN -> en ? "could not reach the shop's systems" : "店铺系统暂时无法访问";
			case QUOTED_WAIT ->
				en ? "promised a person in about " + step.count() + " min" : "告知约 " + step.count() + " 分钟内有人工接待";
		};
	}

	private static String times(int count, boolean en) {
		if (en) {
			return (count == 1) ? "once" : (count == 2) ? "twice" : count + " times";
		}
		return count + " 次";
	}

	static String reason(EscalationReason reason, boolean en) {
		return switch (reason) {
			case SAFETY -> en ? "someone was hurt or in danger" : "人身安全（受伤、过敏、烫伤、起火等）";
			case LEGAL -> en ? "legal threat (regulator, lawyer, chargeback or press)" : "投诉或法律威胁（12315、律师、拒付、曝光等）";
			case ANGER -> en ? "the shopper is angry" : "顾客很生气";
			case VIP -> en ? "VIP shopper" : "VIP 顾客";
			case RISING -> en ? "losing patience" : "顾客越来越不耐烦";
			case PAYMENT -> en ? "a payment problem" : "支付或退款问题";
			case PARCEL -> en ? "a parcel problem" : "包裹问题";
			case PRIVACY -> en ? "personal data" : "个人信息";
			case DISPUTE -> en ? "disputes a return decision" : "对退货决定有异议";
			case RETURN_REVIEW -> en ? "a return needs a person's review" : "退货需要人工审核";
			case WAITING_LONG -> en ? "has waited long" : "等待时间过长";
			case REPEATED -> en ? "asked the same again and again" : "同一个问题问了多次";
			case REQUESTED -> en ? "asked for a person" : "要求转人工";
			case BOT_FAILED_TWICE -> en ? "the bot could not help twice in a row" : "机器人连续两次没能帮上忙";
		};
	}

	private static String mood(HandoffBrief brief, boolean en) {
		String mood = switch (brief.mood()) {
			case CALM -> en ? "calm" : "平静";
			case WORRIED -> en ? "worried" : "担心";
			case IMPATIENT -> en ? "impatient" : "不耐烦";
			case ANGRY -> en ? "angry" : "生气";
		};
		List<String> signs = new ArrayList<>();
		if (brief.signs().contains(Signal.SHOUTING)) {
			signs.add(en ? "shouting" : "大写或连串感叹号");
		}
		if (brief.signs().contains(Signal.INSULT_TO_BOT)) {
			signs.add(en ? "insulted the bot" : "骂机器人");
		}
		else if (brief.signs().contains(Signal.INSULT)) {
			signs.add(en ? "insults or swearing" : "辱骂或脏话");
		}
		if (brief.signs().contains(Signal.LOSING_PATIENCE)) {
			signs.add(en ? "says they are fed up" : "说已经受够了");
		}
		if (brief.timesAsked() >= 2) {
			signs.add(en ? "asked this " + times(brief.timesAsked(), true) : "同一问题问了 " + brief.timesAsked() + " 次");
		}
		String text = (en ? "Feels: " : "情绪：") + mood;
		if (!signs.isEmpty()) {
			text += en ? " (" + String.join(", ", signs) + ")" : "（" + String.join("，", signs) + "）";
		}
		return text;
	}

}
