package dev.kefu.bot.dialogue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;

/**
 * Answers "where is my order": the order the shopper names (only if it is theirs), or
 * their latest orders to choose from.
 */
final class OrderStatusReplies {

	private static final Pattern ORDER_NUMBER = Pattern.compile("\\b([A-Za-z]{0,4}\\d{6,20})\\b");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final ShopOrders orders;

	private final ParcelTracking tracking;

	private final Function<String, ZoneId> zones;

	OrderStatusReplies(ShopOrders orders, ParcelTracking tracking, Function<String, ZoneId> zones) {
		this.zones = zones;
		this.orders = orders;
		this.tracking = tracking;
	}

	List<BotReply> replyTo(ShopperRef shopper, QueryText query) {
		Matcher named = ORDER_NUMBER.matcher(query.original());
		if (named.find()) {
			return this.orders.findOrder(shopper.shopId(), named.group(1).toUpperCase(Locale.ROOT))
				.filter((order) -> order.belongsTo(shopper))
				.map((order) -> List.of(BotReply.text(describe(query, order) + whereIs(query, order))))
				.orElseGet(() -> List.of(BotReply.text(Phrases.say(query, "没有找到您的订单 " + named.group(1) + "，请核对订单号。",
						"I couldn't find an order " + named.group(1) + " of yours; please check the number."))));
		}
		List<ShopOrder> recent = this.orders.recentOrders(shopper, 3);
		if (recent.isEmpty()) {
			return List.of(BotReply.text(Phrases.say(query, "您还没有订单。", "You don't have any orders yet.")));
		}
		if (recent.size() == 1) {
			return List.of(BotReply.text(describe(query, recent.get(0)) + whereIs(query, recent.get(0))));
		}
		List<BotReply.Button> choices = recent.stream()
			.map((order) -> new BotReply.Button(order.orderId() + " · " + order.lines().get(0).title(),
					Phrases.say(query, "查订单 ", "where is my order ") + order.orderId()))
			.toList();
		return List
			.of(new BotReply(Phrases.say(query, "您想查哪个订单？", "Which order would you like to check?"), null, choices));
	}

	/**
	 * The carrier's latest word on a shipped order, when there is one.
	 */
	private String whereIs(QueryText query, ShopOrder order) {
		if (order.status() != OrderStatus.SHIPPED) {
			return "";
		}
		// Told in the shop's time zone, as the shop's own pages tell it.
		DateTimeFormatter when = WHEN.withZone(this.zones.apply(order.shopper().shopId()));
		return this.tracking.track(order.shopper().shopId(), order.orderId()).map((parcel) -> {
			String eta = (parcel.estimatedDelivery() != null) ? when.format(parcel.estimatedDelivery()) : null;
			return Phrases.say(query,
					" " + CarrierNames.of(parcel.carrier(), query) + " " + parcel.trackingNumber() + "，最新："
							+ parcel.lastEvent() + "（" + when.format(parcel.lastEventAt()) + "）"
							+ ((eta != null) ? "，预计 " + eta + " 送达。" : "。"),
					" " + CarrierNames.of(parcel.carrier(), query) + " " + parcel.trackingNumber() + ", latest: "
							+ parcel.lastEvent() + " (" + when.format(parcel.lastEventAt()) + ")"
							+ ((eta != null) ? ", expected " + eta + "." : "."));
		}).orElse("");
	}

	private static String describe(QueryText query, ShopOrder order) {
		String title = order.lines().isEmpty() ? "" : order.lines().get(0).title();
		return switch (order.status()) {
			case PENDING_PAYMENT -> Phrases.say(query, "订单 " + order.orderId() + "（" + title + "）还未付款。",
					"Order " + order.orderId() + " (" + title + ") is waiting for payment.");
			case PAID -> Phrases.say(query, "订单 " + order.orderId() + "（" + title + "）已付款，正在备货，很快发出。",
					"Order " + order.orderId() + " (" + title + ") is paid and being packed; it ships soon.");
			case SHIPPED -> Phrases.say(query, "订单 " + order.orderId() + "（" + title + "）已发货，正在路上。",
					"Order " + order.orderId() + " (" + title + ") has shipped and is on its way.");
			case DELIVERED -> Phrases.say(query, "订单 " + order.orderId() + "（" + title + "）已签收。",
					"Order " + order.orderId() + " (" + title + ") was delivered.");
			case CANCELLED -> Phrases.say(query, "订单 " + order.orderId() + "（" + title + "）已取消。",
					"Order " + order.orderId() + " (" + title + ") was cancelled.");
		};
	}

}
