package dev.kefu.integrations.logistics.local;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's pretend carrier: it reports its parcels to the workflow in batches, and each
 * parcel's events move its case once.
 */
@KefuIntegrationTest
// In the simulator's package (it is package-private), beside the application's.
@ContextConfiguration(classes = KefuApplication.class)
class LocalCarrierSimulatorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnsWorkflow workflow;

	@Autowired
	ReturnCaseQueries cases;

	@Autowired
	ReturnCaseQueries history;

	@Autowired
	Clock clock;

	@Test
	void collectsAndDeliversBookedParcelsMovingEachCaseOnce() {
		String shopper = "carrier-" + UUID.randomUUID().toString().substring(0, 8);
		String orderId = TestOrders.delivered(this.jdbc, shopper, 1,
				TestOrders.Line.of("CARRIER-1", "Wool coat", "apparel", "459"));
		String id = new HttpApi(this.port).post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(orderId), bearer(ShopperTokens.demoShopper(shopper))).json().at("/id").asText();
		ReturnCaseId caseId = ReturnCaseId.of(id);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.cases.find(caseId).orElseThrow().state() == CaseState.PICKUP_BOOKED);
		String tracking = this.cases.find(caseId).orElseThrow().progress().pickup().trackingNumber();
		LocalCarrierSimulator carrier = new LocalCarrierSimulator(this.jdbc, this.workflow,
				new LocalLogisticsSettings(true, Duration.ZERO, Duration.ZERO), this.clock);

		carrier.moveParcels();
		carrier.moveParcels();

		ReturnCase after = this.cases.find(caseId).orElseThrow();
		assertThat(after.state()).isNotIn(CaseState.PICKUP_BOOKED, CaseState.IN_TRANSIT);
		assertThat(this.history.history(caseId)).extracting(HistoryEntry::event)
			.filteredOn((e) -> e == CaseEvent.PARCEL_PICKED_UP || e == CaseEvent.PARCEL_DELIVERED)
			.containsExactly(CaseEvent.PARCEL_PICKED_UP, CaseEvent.PARCEL_DELIVERED);
		assertThat(this.jdbc.sql("select status from local_pickups where tracking_number = ?")
			.param(tracking)
			.query(String.class)
			.single()).isEqualTo("DELIVERED");
	}

}
