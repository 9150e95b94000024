package dev.kefu.returns.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A return or exchange case as stored.
 *
 * @param id the case id
 * @param request what was asked for
 * @param item the item, as the order described it
 * @param state where it stands
 * @param version bumped by every change (optimistic locking)
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 * @param progress what happened so far
 */
public record ReturnCase(ReturnCaseId id, ReturnRequest request, ReturnedItem item, CaseState state, long version,
		Instant createdAt, Instant updatedAt, CaseProgress progress) {

	public ReturnCase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(updatedAt, "updatedAt");
		Objects.requireNonNull(progress, "progress");
	}

	/**
	 * The money at stake: what was paid for the units returned.
	 * @return unit price times quantity
	 */
	public BigDecimal amount() {
		return this.item.unitPrice().multiply(BigDecimal.valueOf(this.request.quantity()));
	}

	public ReturnCase withProgress(CaseProgress value) {
		return new ReturnCase(this.id, this.request, this.item, this.state, this.version, this.createdAt,
				this.updatedAt, value);
	}

	public ReturnCase moved(CaseState to, long newVersion, Instant at) {
		return new ReturnCase(this.id, this.request, this.item, to, newVersion, this.createdAt, at, this.progress);
	}

}
