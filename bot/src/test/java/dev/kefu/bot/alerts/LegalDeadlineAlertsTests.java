package dev.kefu.bot.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.law.LegalClock;
import dev.kefu.returns.law.LegalDeadlineReached;
import org.junit.jupiter.api.Test;

import static dev.kefu.returns.cases.ReturnCaseFixture.aCase;
import static dev.kefu.returns.cases.ReturnCaseFixture.item;
import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static org.assertj.core.api.Assertions.assertThat;

class LegalDeadlineAlertsTests {

	private static final Instant NOW = Instant.parse("2028-03-06T16:01:00Z");

	private final LegalDeadlineAlerts alerts = new LegalDeadlineAlerts(null, (shop) -> ZoneId.of("Asia/Shanghai"),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private static ReturnCase returnCase() {
		return aCase().request(aReturn().shopper("demo-shop", "mei").order("KF2028001").origin(Origin.CHAT))
			.item(item("DRS-0231-M-BLU", "法式碎花连衣裙", "apparel", "299"))
			.state(CaseState.INSPECTED)
			.version(3)
			.at(NOW)
			.build();
	}

	@Test
	void escalatesAPassedRefundDeadlineNamingTheItemAndTheDeadlineInTheShopsZone() {
		Alert alert = this.alerts.alertOf(new LegalDeadlineReached(returnCase(), LegalClock.REFUND_DUE,
				Instant.parse("2028-03-06T16:00:00Z"), true));
		assertThat(alert.status()).isEqualTo(Alert.Status.FIRING);
		assertThat(alert.key()).startsWith("legal-deadline:refund-due:passed:demo-shop:");
		assertThat(alert.detail()).contains("法式碎花连衣裙", "KF2028001", "2028-03-07 00:00 +08:00", "第十三条", "Art. 13")
			.doesNotContain("DRS-0231-M-BLU");
	}

	@Test
	void alertsBeforeTheRefundDeadlineAndFlagsTheFifteenDayThresholds() {
		Alert near = this.alerts.alertOf(new LegalDeadlineReached(returnCase(), LegalClock.REFUND_DUE,
				Instant.parse("2028-03-06T16:00:00Z"), false));
		assertThat(near.key()).contains(":near:");
		assertThat(near.detail()).contains("is due by 2028-03-07 00:00 +08:00");
		Alert unhandled = this.alerts.alertOf(new LegalDeadlineReached(returnCase(),
				LegalClock.REQUEST_UNHANDLED_15_DAYS, Instant.parse("2028-03-06T16:00:00Z"), true));
		assertThat(unhandled.detail()).contains("15", "第三十一条", "Art. 31");
	}

}
