package dev.kefu.returns.law;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;

/**
 * The consumer law a shop's returns follow: which requests a shop may not refuse, and
 * when goods count as intact. A shop's settings name it ({@code CN} by default).
 */
public sealed interface LegalProfile permits MainlandChina, EuWithdrawal, NoLegalFloor {

	/**
	 * The profile's code in the shop settings.
	 * @return {@code CN}, {@code EU} or {@code NONE}
	 */
	String code();

	/**
	 * What the law gives a request.
	 * @param facts the request as the rules see it
	 * @param requestedAt when the shopper asked (the notice the law counts, not when the
	 * rules ran)
	 * @param condition the item's state as the shopper confirmed it, or {@code null}
	 * @return the protection, or empty when the shop may refuse
	 */
	Optional<Protection> protection(ReturnFacts facts, Instant requestedAt, ItemCondition condition);

	/**
	 * Why goods in this state are not intact.
	 * @param category the shop's category of the item
	 * @param condition its state
	 * @return the reason with its article, or empty when the goods count as intact
	 */
	Optional<Protection> notIntact(String category, ItemCondition condition);

	/**
	 * The length of the no-reason window, in calendar days from the day after delivery.
	 * @return the days, 0 for none
	 */
	int windowDays();

	/**
	 * The reasons that make a request a no-reason return.
	 * @return the reasons
	 */
	Set<ReturnReason> noReasonReasons();

	/**
	 * Categories that may be refused only with the shopper's confirmation at purchase.
	 * @return the categories
	 */
	Set<String> confirmationCategories();

	/**
	 * When a legal clock of a case runs out.
	 * @param clock the clock
	 * @param c the case
	 * @param zone the shop's zone
	 * @return the moment, or empty when the clock does not run for the case (not started,
	 * or not in this profile)
	 */
	default Optional<Instant> due(LegalClock clock, ReturnCase c, ZoneId zone) {
		return Optional.empty();
	}

	/**
	 * The profile a shop's settings name.
	 * @param code {@code CN}, {@code EU} or {@code NONE} (case-insensitive; {@code null}
	 * is mainland China, the default)
	 * @return the profile
	 * @throws IllegalArgumentException for an unknown code
	 */
	static LegalProfile of(String code) {
		if (code == null) {
			return MainlandChina.INSTANCE;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "CN" -> MainlandChina.INSTANCE;
			case "EU" -> EuWithdrawal.INSTANCE;
			case "NONE" -> NoLegalFloor.INSTANCE;
			default -> throw new IllegalArgumentException("unknown legal profile: " + code);
		};
	}

}
