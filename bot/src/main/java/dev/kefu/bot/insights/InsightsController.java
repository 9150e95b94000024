package dev.kefu.bot.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.StoredSettings;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import jakarta.validation.constraints.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard for ops, as JSON for the page and as CSV (one row per day) for
 * spreadsheets. Periods are UTC days, at most a year.
 */
@RestController
@RequestMapping("/api/ops/insights")
class InsightsController {

	private static final int MAX_DAYS = 366;

	private final Insights insights;

	private final Clock clock;

	private final Shops shops;

	InsightsController(Insights insights, Clock clock, Shops shops) {
		this.insights = insights;
		this.clock = clock;
		this.shops = shops;
	}

	/**
	 * One shop's dashboard, its days in the shop's time zone: the shop asked for, or the
	 * first of the staff member's shops.
	 */
	@GetMapping
	InsightsReport report(Authentication staff,
			@RequestParam(name = "shop", required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,128}") String shop,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		String shopId = shopOf(staff, shop);
		ZoneId zone = this.shops.zoneOf(shopId);
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock.withZone(zone));
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new BadPeriod("from must not be after to, and the period at most " + MAX_DAYS + " days.");
		}
		return this.insights.report(shopId, zone, first, last);
	}

	private String shopOf(Authentication staff, String shop) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.OPS);
		if (shop != null) {
			if (!scope.contains(shop)) {
				throw new ShopNotFound(shop);
			}
			return shop;
		}
		return this.shops.all()
			.stream()
			.map(StoredSettings::shopId)
			.filter(scope::contains)
			.sorted()
			.findFirst()
			.orElseThrow(() -> new ShopNotFound("(none of yours)"));
	}

	@GetMapping(path = "/daily.csv", produces = "text/csv")
	ResponseEntity<String> csv(
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication staff,
			@RequestParam(name = "shop", required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,128}") String shop) {
		InsightsReport report = report(staff, shop, from, to);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.RFC4180.builder()
			.setHeader("day", "conversations", "contained", "containment", "escalations", "escalation_rate",
					"escalations_by_reason", "first_human_reply_p50_s", "first_human_reply_p90_s", "handle_time_p50_s",
					"csat_asked", "csat_rated", "csat_response_rate", "csat_average", "returns_opened",
					"returns_auto_approved", "returns_reviewed", "returns_rejected", "refund_cycle_p50_h",
					"refund_cycle_p90_h")
			.get()
			.print(out)) {
			for (DailyFigures d : report.days()) {
				csv.printRecord(d.day(), d.conversations(), d.contained(), d.containment(), d.escalations(),
						d.escalationRate(), d.escalationsByReason().toString(), d.firstHumanReplyP50Seconds(),
						d.firstHumanReplyP90Seconds(), d.handleTimeP50Seconds(), d.csatAsked(), d.csatRated(),
						d.csatResponseRate(), d.csatAverage(), d.returnsOpened(), d.returnsAutoApproved(),
						d.returnsReviewed(), d.returnsRejected(), d.refundCycleP50Hours(), d.refundCycleP90Hours());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"kefu-insights-" + report.shopId() + "-" + report.from() + "-" + report.to()
							+ ".csv\"")
			.body(out.toString());
	}

	@ExceptionHandler(BadPeriod.class)
	ProblemDetail badPeriod(BadPeriod ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(ShopNotFound.class)
	ProblemDetail noShop(ShopNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	static class BadPeriod extends RuntimeException {

		BadPeriod(String message) {
			super(message);
		}

	}

}
