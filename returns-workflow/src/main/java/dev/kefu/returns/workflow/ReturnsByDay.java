package dev.kefu.returns.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * The returns figures of the insights dashboard, counted where the cases are.
 */
public interface ReturnsByDay {

	/**
	 * Cases opened per day, with how they went.
	 * @param zone the zone whose days count
	 * @param from the first moment
	 * @param to the moment after the last
	 * @param shops the shops, or {@code null} for every shop
	 * @return one row per day with cases, in no particular order
	 */
	List<Day> opened(ZoneId zone, Instant from, Instant to, Collection<String> shops);

	/**
	 * One day's returns.
	 *
	 * @param day the day, in the zone asked for
	 * @param total cases opened
	 * @param autoApproved approved by the rules without a review
	 * @param reviewed sent to review
	 * @param rejected rejected
	 * @param refundHoursP50 median hours from opening to refund, or {@code null} when
	 * none was refunded
	 * @param refundHoursP90 90th percentile of the same, or {@code null}
	 */
	record Day(LocalDate day, long total, long autoApproved, long reviewed, long rejected, Double refundHoursP50,
			Double refundHoursP90) {
	}

}
