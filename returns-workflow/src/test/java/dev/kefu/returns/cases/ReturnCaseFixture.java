package dev.kefu.returns.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Return cases for tests, as if read from the store, so that a test says only what
 * matters to it. Unless told otherwise: a fresh id, the request of
 * {@link ReturnRequestFixture#aReturn()}, one unit of {@code SKU-1} in apparel at 10 CNY,
 * just requested (version 0), opened and last changed at the epoch, with nothing happened
 * yet.
 */
public final class ReturnCaseFixture {

	private ReturnCaseFixture() {
	}

	/**
	 * A case.
	 * @return a builder with the defaults
	 */
	public static Builder aCase() {
		return new Builder();
	}

	/**
	 * The item of a case.
	 * @param sku the variant
	 * @param title its title
	 * @param category its category
	 * @param unitPrice what one unit cost, in CNY
	 * @return the item
	 */
	public static ReturnedItem item(String sku, String title, String category, String unitPrice) {
		return new ReturnedItem(sku, title, category, new BigDecimal(unitPrice), "CNY");
	}

	/**
	 * Builds a {@link ReturnCase}.
	 */
	public static final class Builder {

		private ReturnCaseId id = ReturnCaseId.random();

		private ReturnRequest request;

		private ReturnedItem item = new ReturnedItem("SKU-1", "Test item", "apparel", BigDecimal.TEN, "CNY");

		private CaseState state = CaseState.REQUESTED;

		private long version;

		private Instant createdAt = Instant.EPOCH;

		private Instant updatedAt = Instant.EPOCH;

		private CaseProgress progress;

		private Builder() {
		}

		public Builder id(ReturnCaseId value) {
			this.id = value;
			return this;
		}

		public Builder request(ReturnRequest value) {
			this.request = value;
			return this;
		}

		public Builder request(ReturnRequestFixture.Builder value) {
			return request(value.build());
		}

		public Builder item(ReturnedItem value) {
			this.item = value;
			return this;
		}

		public Builder state(CaseState value) {
			this.state = value;
			return this;
		}

		public Builder version(long value) {
			this.version = value;
			return this;
		}

		/**
		 * When it was opened and last changed.
		 * @param value the moment
		 * @return this builder
		 */
		public Builder at(Instant value) {
			this.createdAt = value;
			this.updatedAt = value;
			return this;
		}

		/**
		 * What happened so far; without one, nothing happened yet to a case of the
		 * request's kind.
		 * @param value the progress
		 * @return this builder
		 */
		public Builder progress(CaseProgress value) {
			this.progress = value;
			return this;
		}

		public ReturnCase build() {
			ReturnRequest request = (this.request != null) ? this.request : ReturnRequestFixture.aReturn().build();
			CaseProgress progress = (this.progress != null) ? this.progress : CaseProgress.start(request.kind());
			return new ReturnCase(this.id, request, this.item, this.state, this.version, this.createdAt, this.updatedAt,
					progress);
		}

	}

}
