package dev.kefu.returns.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A return window of whole calendar days in the shop's time zone, counted from the day
 * after delivery: a seven-day window of a parcel signed for on the 3rd, at any hour, ends
 * at midnight at the end of the 10th. The one place windows are computed: the rules, the
 * chat's item picker and the pages all ask it.
 *
 * @param deliveredAt when the order was signed for
 * @param days the window's length
 * @param zone the shop's time zone
 */
public record ReturnWindow(Instant deliveredAt, int days, ZoneId zone) {

	public ReturnWindow {
		Objects.requireNonNull(deliveredAt, "deliveredAt");
		Objects.requireNonNull(zone, "zone");
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
	}

	/**
	 * The last day a return may be asked for.
	 * @return the day, in the shop's zone
	 */
	public LocalDate lastDay() {
		return this.deliveredAt.atZone(this.zone).toLocalDate().plusDays(this.days);
	}

	/**
	 * When the window closes.
	 * @return midnight at the end of the last day, in the shop's zone
	 */
	public Instant closesAt() {
		return lastDay().plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * Whether a return may still be asked for.
	 * @param now the moment
	 * @return {@code true} before the window closes
	 */
	public boolean isOpen(Instant now) {
		return now.isBefore(closesAt());
	}

}
