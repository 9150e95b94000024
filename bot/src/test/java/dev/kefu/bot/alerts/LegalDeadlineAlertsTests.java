package dev.kefu.bot.alerts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseProgress;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.ReturnedItem;
import dev.kefu.returns.law.LegalClock;
import dev.kefu.returns.law.LegalDeadlineReached;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalDeadlineAlertsTests {

	private static final Instant NOW = Instant.parse("2028-03-06T16:01:00Z");

	private final LegalDeadlineAlerts alerts = new LegalDeadlineAlerts(null, (shop) -> ZoneId.of("Asia/Shanghai"),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private static ReturnCase returnCase() {
		ReturnRequest request = new ReturnRequest(CaseKind.RETURN, new ShopperRef("demo-shop", "mei"), "KF2028001", 1,
				1, ReturnReason.CHANGED_MIND, null, List.of(), null, "key-1", Origin.CHAT, null);
		return new ReturnCase(ReturnCaseId.random(), request,
				new ReturnedItem("DRS-0231-M-BLU", "法式碎花连衣裙", "apparel", new BigDecimal("299"), "CNY"),
				CaseState.INSPECTED, 3, NOW, NOW, CaseProgress.start(CaseKind.RETURN));
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
