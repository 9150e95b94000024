package dev.kefu.bot.shops;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When people answer: opening spans per weekday in the shop's time zone, and holidays
 * (whole days closed). No spans at all means always open. A span whose end is before its
 * start runs past midnight (a livestream shop open 20:00–02:00).
 *
 * @param week the opening spans
 * @param holidays the days closed
 */
public record BusinessHours(List<Opening> week, List<Holiday> holidays) {

	/** Always open. */
	public static final BusinessHours ALWAYS = new BusinessHours(List.of(), List.of());

	private static final int DAYS_LOOKED_AHEAD = 60;

	public BusinessHours {
		week = (week != null) ? List.copyOf(week) : List.of();
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
	}

	/**
	 * Whether people answer at a moment.
	 * @param at the moment
	 * @param zone the shop's time zone
	 * @return {@code true} when open
	 */
	public boolean isOpen(Instant at, ZoneId zone) {
		if (this.week.isEmpty()) {
			return true;
		}
		ZonedDateTime local = at.atZone(zone);
		LocalDate today = local.toLocalDate();
		LocalTime now = local.toLocalTime();
		for (Opening opening : this.week) {
			if (opening.overnight()) {
				if (opening.days().contains(today.getDayOfWeek()) && !closed(today) && !now.isBefore(opening.from())) {
					return true;
				}
				LocalDate yesterday = today.minusDays(1);
				if (opening.days().contains(yesterday.getDayOfWeek()) && !closed(yesterday)
						&& now.isBefore(opening.to())) {
					return true;
				}
			}
			else if (opening.days().contains(today.getDayOfWeek()) && !closed(today) && !now.isBefore(opening.from())
					&& now.isBefore(opening.to())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * When people next answer.
	 * @param after the moment to look from
	 * @param zone the shop's time zone
	 * @return the next opening (the moment itself when open now), or empty when the shop
	 * opens on none of the next 60 days
	 */
	public Optional<Instant> nextOpening(Instant after, ZoneId zone) {
		if (isOpen(after, zone)) {
			return Optional.of(after);
		}
		LocalDate day = after.atZone(zone).toLocalDate();
		for (int i = 0; i <= DAYS_LOOKED_AHEAD; i++, day = day.plusDays(1)) {
			if (closed(day)) {
				continue;
			}
			Instant earliest = null;
			for (Opening opening : this.week) {
				if (opening.days().contains(day.getDayOfWeek())) {
					Instant start = day.atTime(opening.from()).atZone(zone).toInstant();
					if (start.isAfter(after) && (earliest == null || start.isBefore(earliest))) {
						earliest = start;
					}
				}
			}
			if (earliest != null) {
				return Optional.of(earliest);
			}
		}
		return Optional.empty();
	}

	private boolean closed(LocalDate day) {
		return this.holidays.stream().anyMatch((h) -> h.date().equals(day));
	}

	/**
	 * An opening span.
	 *
	 * @param days the weekdays it applies to
	 * @param from when it opens
	 * @param to when it closes (before {@code from}: the next day)
	 */
	public record Opening(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

		public Opening {
			days = (days != null) ? Set.copyOf(days) : Set.of();
		}

		boolean overnight() {
			return this.to.isBefore(this.from);
		}

	}

	/**
	 * A day the shop is closed.
	 *
	 * @param date the day, in the shop's time zone
	 * @param name what it is (春节, National Day), or blank
	 */
	public record Holiday(LocalDate date, String name) {
	}

}
