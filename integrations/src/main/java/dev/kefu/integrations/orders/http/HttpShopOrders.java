package dev.kefu.integrations.orders.http;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.kefu.integrations.http.Upstream;
import dev.kefu.integrations.http.UpstreamException;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.OrderTerms;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.orders.VariantLabel;

/**
 * Orders read from the shop's order system. Reads are retried; a 404 means "no such
 * order" (or shopper), not a failure.
 */
class HttpShopOrders implements ShopOrders {

	static final String SHOPPER_ORDERS = "/shops/{shopId}/shoppers/{shopperId}/orders?limit={limit}";

	static final String ORDER = "/shops/{shopId}/orders/{orderId}";

	static final String SHOPPER = "/shops/{shopId}/shoppers/{shopperId}";

	private final Upstream orders;

	HttpShopOrders(Upstream orders) {
		this.orders = orders;
	}

	@Override
	public List<ShopOrder> recentOrders(ShopperRef shopper, int limit) {
		return this.orders
			.call("recent-orders", true,
					(client) -> Arrays.stream(client.get()
						.uri(SHOPPER_ORDERS, shopper.shopId(), shopper.shopperId(), limit)
						.retrieve()
						.body(OrderBody[].class)).map((o) -> o.toOrder(shopper.shopId())).toList());
	}

	@Override
	public Optional<ShopOrder> findOrder(String shopId, String orderId) {
		try {
			return this.orders.call("order", true, (client) -> Optional
				.of(client.get().uri(ORDER, shopId, orderId).retrieve().body(OrderBody.class).toOrder(shopId)));
		}
		catch (UpstreamException ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public String membershipTier(ShopperRef shopper) {
		try {
			return this.orders.call("membership", true, (client) -> {
				ShopperBody body = client.get()
					.uri(SHOPPER, shopper.shopId(), shopper.shopperId())
					.retrieve()
					.body(ShopperBody.class);
				return (body.membershipTier() != null) ? body.membershipTier() : "REGULAR";
			});
		}
		catch (UpstreamException ex) {
			if (ex.isNotFound()) {
				return "REGULAR";
			}
			throw ex;
		}
	}

	/**
	 * An order as the shop's system sends it; {@code terms} (discounts, gifts, payments,
	 * shipping) is optional.
	 */
	record OrderBody(String orderId, String shopperId, OrderStatus status, Instant placedAt, Instant paidAt,
			Instant deliveredAt, String currency, List<LineBody> lines, OrderTerms terms) {

		ShopOrder toOrder(String shopId) {
			return new ShopOrder(this.orderId, new ShopperRef(shopId, this.shopperId), this.status, this.placedAt,
					this.paidAt, this.deliveredAt, this.currency, this.lines.stream().map(LineBody::toLine).toList(),
					this.terms);
		}

	}

	/**
	 * An order line as the shop's system sends it; {@code exclusionConfirmedAtPurchase}
	 * is optional (absent: not confirmed, SAMR Art. 20(2)), and so are {@code variant}
	 * and {@code listingImageUrl} (one that is no absolute URL is left out rather than
	 * failing the order).
	 */
	record LineBody(int lineNumber, String sku, String title, String category, BigDecimal unitPrice, int quantity,
			Boolean exclusionConfirmedAtPurchase, LabelBody variant, String listingImageUrl) {

		OrderLine toLine() {
			return new OrderLine(this.lineNumber, this.sku, this.title, this.category, this.unitPrice, this.quantity,
					Boolean.TRUE.equals(this.exclusionConfirmedAtPurchase),
					(this.variant != null) ? this.variant.toLabel() : null, listingImage(this.listingImageUrl));
		}

		private static URI listingImage(String url) {
			if (url == null || url.isBlank()) {
				return null;
			}
			try {
				URI uri = new URI(url.strip());
				return (uri.isAbsolute() && uri.getHost() != null) ? uri : null;
			}
			catch (URISyntaxException ex) {
				return null;
			}
		}

	}

	/**
	 * A variant's name as the shop's system gives it (optional; either language stands
	 * for both when one is missing).
	 */
	record LabelBody(String zh, String en) {

		VariantLabel toLabel() {
			return VariantLabel.ofNullable(this.zh, this.en);
		}

	}

	record ShopperBody(String membershipTier) {
	}

}
