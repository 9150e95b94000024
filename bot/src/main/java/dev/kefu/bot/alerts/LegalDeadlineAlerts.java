package dev.kefu.bot.alerts;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.law.LegalClock;
import dev.kefu.returns.law.LegalDeadlineReached;
import dev.kefu.returns.shops.ShopTimeZones;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A return's legal clock near or past its end goes to the shop's alert channels: an alert
 * before the refund deadline, an escalation at it (SAMR Art. 13), a flag at the 15-day
 * penalty thresholds (Art. 31). The words name the item and the order, in Chinese and
 * English, with the deadline in the shop's zone.
 */
@Component
class LegalDeadlineAlerts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

	private final AlertChannels channels;

	private final ShopTimeZones zones;

	private final Clock clock;

	LegalDeadlineAlerts(AlertChannels channels, ShopTimeZones zones, Clock clock) {
		this.channels = channels;
		this.zones = zones;
		this.clock = clock;
	}

	@EventListener
	void on(LegalDeadlineReached reached) {
		this.channels.send(alertOf(reached));
	}

	Alert alertOf(LegalDeadlineReached reached) {
		ReturnCase c = reached.returnCase();
		String shopId = c.request().shopper().shopId();
		String due = reached.dueAt().atZone(this.zones.zoneOf(shopId)).format(WHEN);
		String item = "“" + c.item().title() + "”（订单 " + c.request().orderId() + "）";
		String itemEn = "'" + c.item().title() + "' (order " + c.request().orderId() + ")";
		String article = reached.clock().article().name().zh() + " / " + reached.clock().article().name().en();
		String detail = switch (reached.clock()) {
			case REFUND_DUE -> reached.passed()
					? "退货已到仓超过 7 天仍未退款：" + item + "，期限 " + due + "。请立即处理。 The refund for " + itemEn
							+ " is past its legal deadline of " + due + ": 7 days from the goods arriving. Refund now."
					: "退款法定期限将至：" + item + " 须在 " + due + " 前退款。 The refund for " + itemEn + " is due by " + due
							+ " (7 days from the goods arriving).";
			case REFUND_UNPAID_15_DAYS -> "退货到仓已超过 15 天仍未退款，可能受处罚：" + item + "。 The goods of " + itemEn
					+ " arrived more than 15 days ago and are still not refunded: a penalty applies.";
			case REQUEST_UNHANDLED_15_DAYS -> "退货申请超过 15 天仍未处理，可能受处罚：" + item + "。 The return request for " + itemEn
					+ " was not handled within 15 days (by " + due + "): a penalty applies.";
		};
		String stage = reached.passed() ? "passed" : "near";
		return new Alert("legal-deadline:" + key(reached.clock()) + ":" + stage + ":" + shopId + ":" + c.id(),
				Alert.Status.FIRING, detail + " (" + article + ")", this.clock.instant());
	}

	private static String key(LegalClock clock) {
		return clock.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
