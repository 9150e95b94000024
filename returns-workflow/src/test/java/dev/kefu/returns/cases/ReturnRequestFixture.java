package dev.kefu.returns.cases;

import java.util.List;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

/**
 * Return requests for tests, so that a test says only what matters to it. Unless told
 * otherwise: a return of one unit of line 1 of order {@code KF2028001} of {@code mei} at
 * {@code demo-shop}, for a change of mind, with no note and no photos, from the API,
 * under a fresh request key, in no conversation, with the item's state not asked.
 */
public final class ReturnRequestFixture {

	private ReturnRequestFixture() {
	}

	/**
	 * A return.
	 * @return a builder with the defaults
	 */
	public static Builder aReturn() {
		return new Builder();
	}

	/**
	 * An exchange for another variant.
	 * @param wantedSku the variant wanted instead
	 * @return a builder with the defaults
	 */
	public static Builder anExchange(String wantedSku) {
		return new Builder().kind(CaseKind.EXCHANGE).exchangeSku(wantedSku);
	}

	/**
	 * A request like another, to change some of it.
	 * @param request the request
	 * @return a builder with its values
	 */
	public static Builder like(ReturnRequest request) {
		Builder builder = new Builder();
		builder.kind = request.kind();
		builder.shopper = request.shopper();
		builder.orderId = request.orderId();
		builder.lineNumber = request.lineNumber();
		builder.quantity = request.quantity();
		builder.reason = request.reason();
		builder.note = request.note();
		builder.photoIds = request.photoIds();
		builder.exchangeSku = request.exchangeSku();
		builder.requestKey = request.requestKey();
		builder.origin = request.origin();
		builder.conversationId = request.conversationId();
		builder.condition = request.condition();
		return builder;
	}

	/**
	 * Builds a {@link ReturnRequest}.
	 */
	public static final class Builder {

		private CaseKind kind = CaseKind.RETURN;

		private ShopperRef shopper = new ShopperRef("demo-shop", "mei");

		private String orderId = "KF2028001";

		private int lineNumber = 1;

		private int quantity = 1;

		private ReturnReason reason = ReturnReason.CHANGED_MIND;

		private String note;

		private List<UUID> photoIds = List.of();

		private String exchangeSku;

		private String requestKey = UUID.randomUUID().toString();

		private Origin origin = Origin.API;

		private String conversationId;

		private ItemCondition condition;

		private Builder() {
		}

		public Builder kind(CaseKind value) {
			this.kind = value;
			return this;
		}

		public Builder shopper(ShopperRef value) {
			this.shopper = value;
			return this;
		}

		public Builder shopper(String shopId, String shopperId) {
			return shopper(new ShopperRef(shopId, shopperId));
		}

		public Builder order(String value) {
			this.orderId = value;
			return this;
		}

		public Builder line(int value) {
			this.lineNumber = value;
			return this;
		}

		public Builder quantity(int value) {
			this.quantity = value;
			return this;
		}

		public Builder reason(ReturnReason value) {
			this.reason = value;
			return this;
		}

		public Builder note(String value) {
			this.note = value;
			return this;
		}

		public Builder photos(List<UUID> value) {
			this.photoIds = value;
			return this;
		}

		public Builder photos(UUID... value) {
			return photos(List.of(value));
		}

		public Builder exchangeSku(String value) {
			this.exchangeSku = value;
			return this;
		}

		public Builder key(String value) {
			this.requestKey = value;
			return this;
		}

		public Builder origin(Origin value) {
			this.origin = value;
			return this;
		}

		public Builder conversation(String value) {
			this.conversationId = value;
			return this;
		}

		public Builder condition(ItemCondition value) {
			this.condition = value;
			return this;
		}

		public ReturnRequest build() {
			return new ReturnRequest(this.kind, this.shopper, this.orderId, this.lineNumber, this.quantity, this.reason,
					this.note, this.photoIds, this.exchangeSku, this.requestKey, this.origin, this.conversationId,
					this.condition);
		}

	}

}
