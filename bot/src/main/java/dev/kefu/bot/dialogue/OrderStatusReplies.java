package dev.kefu.bot.dialogue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.bot.words.Voice;
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
				.orElseGet(() -> List.of(BotReply.text(Voice.say(query, "order.not-found", named.group(1)))));
		}
		List<ShopOrder> recent = this.orders.recentOrders(shopper, 3);
		if (recent.isEmpty()) {
			return List.of(BotReply.text(Voice.say(query, "order.none")));
		}
		if (recent.size() == 1) {
			return List.of(BotReply.text(describe(query, recent.get(0)) + whereIs(query, recent.get(0))));
		}
		List<BotReply.Button> choices = recent.stream()
			.map((order) -> new BotReply.Button(
					order.orderId() + " · " + ItemNames.title(order.lines().get(0).title(), query),
					Voice.say(query, "value.check-order", order.orderId())))
			.toList();
		return List.of(new BotReply(Voice.say(query, "order.which"), null, choices));
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
			return Voice.say(query, (eta != null) ? "order.tracking-eta" : "order.tracking",
					CarrierNames.of(parcel.carrier(), query), parcel.trackingNumber(), parcel.lastEvent(),
					when.format(parcel.lastEventAt()), eta);
		}).orElse("");
	}

	private static String describe(QueryText query, ShopOrder order) {
		String title = order.lines().isEmpty() ? "" : order.lines().get(0).title();
		String key = switch (order.status()) {
			case PENDING_PAYMENT -> "order.pending-payment";
			case PAID -> "order.paid";
			case SHIPPED -> "order.shipped";
			case DELIVERED -> "order.delivered";
			case CANCELLED -> "order.cancelled";
		};
		return Voice.say(query, key, order.orderId(), title);
	}

}
