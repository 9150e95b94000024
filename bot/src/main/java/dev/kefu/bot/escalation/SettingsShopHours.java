package dev.kefu.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Every shop keeps the hours of {@code kefu.escalation.hours}: around the clock unless
 * set. Until shops have settings of their own.
 */
final class SettingsShopHours implements ShopHours {

	private final EscalationSettings.OpeningHours hours;

	SettingsShopHours(EscalationSettings.OpeningHours hours) {
		this.hours = hours;
	}

	@Override
	public boolean isOpen(String shopId, Instant at) {
		ZonedDateTime local = at.atZone(this.hours.zone());
		LocalTime opens = this.hours.opens();
		LocalTime closes = this.hours.closes();
		if (opens.equals(closes)) {
			return this.hours.days().contains(local.getDayOfWeek());
		}
		LocalTime time = local.toLocalTime();
		if (closes.equals(LocalTime.MIDNIGHT) || closes.isAfter(opens)) {
			boolean inside = !time.isBefore(opens) && (closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes));
			return inside && this.hours.days().contains(local.getDayOfWeek());
		}
		// Past midnight: the early hours belong to the day before.
		if (!time.isBefore(opens)) {
			return this.hours.days().contains(local.getDayOfWeek());
		}
		return time.isBefore(closes) && this.hours.days().contains(local.getDayOfWeek().minus(1));
	}

	@Override
	public Instant nextOpening(String shopId, Instant at) {
		if (isOpen(shopId, at)) {
			return at;
		}
		LocalDate day = at.atZone(this.hours.zone()).toLocalDate();
		for (int i = 0; i <= 8; i++) {
			LocalDate candidate = day.plusDays(i);
			if (this.hours.days().contains(candidate.getDayOfWeek())) {
				Instant opening = candidate.atTime(this.hours.opens()).atZone(this.hours.zone()).toInstant();
				if (opening.isAfter(at)) {
					return opening;
				}
			}
		}
		return at;
	}

	@Override
	public ZoneId zone(String shopId) {
		return this.hours.zone();
	}

}
