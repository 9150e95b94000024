package dev.kefu.bot.shops;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business hours in the shop's own zone: spans, spans past midnight, holidays, and when
 * people are next back.
 */
class BusinessHoursTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final BusinessHours weekdays = new BusinessHours(
			List.of(new BusinessHours.Opening(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
					LocalTime.of(18, 0))),
			List.of(new BusinessHours.Holiday(LocalDate.of(2026, 12, 25), "Christmas")));

	@Test
	void isOpenWithinASpanInTheShopsZoneOnly() {
		// 02:00 UTC on Tuesday 1 December is 10:00 in Shanghai.
		assertThat(this.weekdays.isOpen(Instant.parse("2026-12-01T02:00:00Z"), SHANGHAI)).isTrue();
		assertThat(this.weekdays.isOpen(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Europe/London"))).isFalse();
		assertThat(this.weekdays.isOpen(Instant.parse("2026-12-01T10:00:00Z"), SHANGHAI)).as("18:00 is closed")
			.isFalse();
		assertThat(this.weekdays.isOpen(Instant.parse("2026-12-05T02:00:00Z"), SHANGHAI)).as("Saturday").isFalse();
	}

	@Test
	void isClosedOnAHolidayAndSaysWhenPeopleAreBack() {
		Instant christmasMorning = Instant.parse("2026-12-25T02:00:00Z");
		assertThat(this.weekdays.isOpen(christmasMorning, SHANGHAI)).isFalse();
		assertThat(this.weekdays.nextOpening(christmasMorning, SHANGHAI))
			.hasValue(Instant.parse("2026-12-28T01:00:00Z"));
	}

	@Test
	void aSpanPastMidnightBelongsToTheDayItStarted() {
		BusinessHours livestream = new BusinessHours(List
			.of(new BusinessHours.Opening(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(2, 0))),
				List.of());
		// Friday 4 December 23:00 and Saturday 01:30 in Shanghai are open; Saturday 03:00
		// not.
		assertThat(livestream.isOpen(Instant.parse("2026-12-04T15:00:00Z"), SHANGHAI)).isTrue();
		assertThat(livestream.isOpen(Instant.parse("2026-12-04T17:30:00Z"), SHANGHAI)).isTrue();
		assertThat(livestream.isOpen(Instant.parse("2026-12-04T19:00:00Z"), SHANGHAI)).isFalse();
	}

	@Test
	void withoutHoursPeopleAnswerAtAnyTime() {
		assertThat(BusinessHours.ALWAYS.isOpen(Instant.parse("2026-12-25T20:00:00Z"), SHANGHAI)).isTrue();
		Instant now = Instant.parse("2026-12-25T20:00:00Z");
		assertThat(BusinessHours.ALWAYS.nextOpening(now, SHANGHAI)).hasValue(now);
	}

	@Test
	void derivesTraditionalFromSimplifiedWhenNotWritten() {
		assertThat(new Texts("欢迎光临", "", "Welcome").in("zh-Hant")).isEqualTo("歡迎光臨");
		assertThat(new Texts("欢迎光临", "歡迎嚟", "Welcome").in("zh-Hant")).isEqualTo("歡迎嚟");
	}

}
