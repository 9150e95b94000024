package dev.kefu.returns.law;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnReason;

/**
 * No legal floor: the shop's rules alone decide (profile {@code NONE}, for shops outside
 * any profile Kefu knows, whose owners answer for their rules themselves).
 */
final class NoLegalFloor implements LegalProfile {

	static final NoLegalFloor INSTANCE = new NoLegalFloor();

	private NoLegalFloor() {
	}

	@Override
	public String code() {
		return "NONE";
	}

	@Override
	public Optional<Protection> protection(ReturnFacts facts, Instant requestedAt, ItemCondition condition) {
		return Optional.empty();
	}

	@Override
	public Optional<Protection> notIntact(String category, ItemCondition condition) {
		return Optional.empty();
	}

	@Override
	public int windowDays() {
		return 0;
	}

	@Override
	public Set<ReturnReason> noReasonReasons() {
		return Set.of();
	}

	@Override
	public Set<String> confirmationCategories() {
		return Set.of();
	}

}
