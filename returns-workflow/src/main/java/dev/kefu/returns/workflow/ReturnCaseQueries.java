package dev.kefu.returns.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.StaffAction;
import dev.kefu.returns.orders.ShopperRef;

/**
 * What the rest of Kefu may read of the stored cases: a case, a shopper's cases, the work
 * lists, a case's history and what staff may do to it now. Cases move only through
 * {@link ReturnsWorkflow}.
 */
public interface ReturnCaseQueries {

	/**
	 * One case.
	 * @param id the case
	 * @return the case, or empty
	 */
	Optional<ReturnCase> find(ReturnCaseId id);

	/**
	 * One case, only if it is the shopper's.
	 * @param shopper who asks
	 * @param id the case
	 * @return the case, or empty when there is none or it is someone else's
	 */
	Optional<ReturnCase> findOwnedBy(ShopperRef shopper, ReturnCaseId id);

	/**
	 * The shopper's cases, newest first.
	 * @param shopper whose
	 * @param limit the most to return
	 * @return the cases
	 */
	List<ReturnCase> ofShopper(ShopperRef shopper, int limit);

	/**
	 * Cases in some states, longest unchanged first: the ops and agent work lists.
	 * @param states the states (empty for all)
	 * @param limit the most to return
	 * @return the cases
	 */
	List<ReturnCase> inStates(List<CaseState> states, int limit);

	/**
	 * Cases of some shops in some states, longest unchanged first.
	 * @param shops the shops
	 * @param states the states (empty for all)
	 * @param limit the most to return
	 * @return the cases
	 */
	List<ReturnCase> inStatesOf(Collection<String> shops, List<CaseState> states, int limit);

	/**
	 * How many cases there are in each state.
	 * @return state to count
	 */
	Map<CaseState, Long> countByState();

	/**
	 * How many cases some shops have in each state.
	 * @param shops the shops
	 * @return state to count
	 */
	Map<CaseState, Long> countByStateOf(Collection<String> shops);

	/**
	 * A case's history, oldest first.
	 * @param id the case
	 * @return its entries
	 */
	List<HistoryEntry> history(ReturnCaseId id);

	/**
	 * What a person at the shop may do to a case now: the staff actions whose events its
	 * kind's machine takes in the case's state (approve or reject a case under review or
	 * a dispute, record the inspection of a received item).
	 * @param c the case
	 * @return the actions, none for a case that waits on no one at the shop
	 */
	Set<StaffAction> staffActions(ReturnCase c);

	/**
	 * Which of a case's photos the rules found to be the shop's own listing photo of the
	 * product (a fact staff see beside the photo).
	 * @param id the case
	 * @return the photos, none when the case has none or the rules have not run
	 */
	Set<UUID> listingPhotosOf(ReturnCaseId id);

	/**
	 * Which of a case's photos another case of the same shop already cites as evidence (a
	 * fact for the person looking, as for the photo-reuse rule).
	 * @param c the case
	 * @return those photos, none when no other case cites them
	 */
	Set<UUID> photosCitedElsewhere(ReturnCase c);

}
