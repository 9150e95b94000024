package dev.kefu.bot.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case's news and its review escalation as reactions after the move commits, through
 * Spring Modulith's event publication registry on the real database: recorded with the
 * move, delivered after its commit and never for a move rolled back, once per case
 * version however often an event is delivered, and delivered again after a failure.
 */
@KefuIntegrationTest
class CaseEventsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final LocalizedText CHECKED = new LocalizedText("已核实。", "Checked.");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnsWorkflow workflow;

	@Autowired
	ReturnCaseQueries cases;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	EventSerializer serializer;

	@Autowired
	AsyncConfigurer async;

	@Autowired
	ThreadPoolTaskExecutor eventExecutor;

	String shopper;

	String conversation;

	String orderId;

	@BeforeEach
	void shopperWithAConversationAndAnOrder() {
		this.shopper = "evt-" + UUID.randomUUID().toString().substring(0, 8);
		this.conversation = new HttpApi(this.port)
			.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(this.shopper)))
			.json()
			.at("/id")
			.asText();
		// Over the auto-approval limit: the rules send it to a person, which escalates.
		this.orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("EVT-1", "Test wool coat", "apparel", "2600.00"));
	}

	@Test
	void storesTheNoticeAfterTheMoveCommitsAndNeverForAMoveRolledBack() {
		ReturnCase c = openUnderReview();
		await().atMost(WAIT).until(() -> notices() == 1 && publicationsOf(c) == 0);
		this.transactions.executeWithoutResult((status) -> {
			this.workflow.decide(c.id(), Outcome.REJECT, Actor.staff("admin"), CHECKED);
			assertThat(publicationsOf(c)).as("recorded with the move, one per listener").isEqualTo(2);
			status.setRollbackOnly();
		});
		await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> notices() == 1);
		assertThat(publicationsOf(c)).as("rolled back with the move").isZero();
		assertThat(this.cases.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.UNDER_REVIEW);

		this.transactions.executeWithoutResult((status) -> {
			this.workflow.decide(c.id(), Outcome.REJECT, Actor.staff("admin"), CHECKED);
			assertThat(notices()).as("not inside the move's transaction").isEqualTo(1);
		});
		await().atMost(WAIT).until(() -> notices() == 2);
		await().atMost(WAIT).until(() -> publicationsOf(c) == 0);
	}

	@Test
	void writesOneNoticeAndOneEscalationHoweverOftenAnEventIsDelivered() {
		ReturnCase c = openUnderReview();
		await().atMost(WAIT).until(() -> notices() == 1 && escalations() == 1 && handoffNotices() == 1);
		// An agent closed it: a redelivery must not open another.
		this.jdbc.sql("update escalations set status = 'RESOLVED', closed_at = now() where conversation_id = ?")
			.param(UUID.fromString(this.conversation))
			.update();
		ReturnCaseChanged again = new ReturnCaseChanged(this.cases.find(c.id()).orElseThrow(), CaseEvent.SUBMIT,
				CaseState.REQUESTED, Actor.SYSTEM);
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(again);
			this.events.publishEvent(again);
		});
		await().atMost(WAIT).until(() -> publicationsOf(c) == 0);
		this.incomplete.resubmitIncompletePublications(of(c));
		await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> publicationsOf(c) == 0);
		assertThat(notices()).isEqualTo(1);
		assertThat(escalations()).isEqualTo(1);
		assertThat(handoffNotices()).isEqualTo(1);
	}

	@Test
	void deliversAgainWhatAListenerFailedAndOnlyOnce() {
		ReturnCase c = openUnderReview();
		await().atMost(WAIT).until(() -> notices() == 1 && publicationsOf(c) == 0);
		String failing = "test_fail_" + UUID.randomUUID().toString().replace("-", "");
		failDeliveriesOf(c, failing);
		try {
			this.workflow.decide(c.id(), Outcome.REJECT, Actor.staff("admin"), CHECKED);
			// The notice failed and is left incomplete; the escalation had nothing to do.
			await().atMost(WAIT).until(() -> failures(failing) >= 1 && publicationsOf(c) == 1);
			assertThat(notices()).isEqualTo(1);
		}
		finally {
			stopFailing(failing);
		}
		this.incomplete.resubmitIncompletePublications(of(c));
		await().atMost(WAIT).until(() -> notices() == 2 && publicationsOf(c) == 0);
		assertThat(this.jdbc.sql(
				"select body from messages where conversation_id = ? and intent = 'RETURN_UPDATE' order by seq desc limit 1")
			.param(UUID.fromString(this.conversation))
			.query(String.class)
			.single()).contains("Test wool coat");
	}

	@Test
	void storesACaseSnapshotThatReadsBackEqual() {
		ReturnCase c = openUnderReview();
		ReturnCaseChanged changed = new ReturnCaseChanged(c, CaseEvent.SUBMIT, CaseState.REQUESTED, Actor.SYSTEM);
		Object stored = this.serializer.serialize(changed);
		assertThat(stored.toString()).as("instants as ISO-8601 text").contains("\"createdAt\":\"20");
		assertThat(this.serializer.deserialize(stored, ReturnCaseChanged.class)).isEqualTo(changed);
	}

	@Test
	void runsReactionsOnOneNamedThreadWithABoundedQueue() {
		assertThat(this.async.getAsyncExecutor()).isSameAs(this.eventExecutor);
		assertThat(this.eventExecutor.getMaxPoolSize()).isEqualTo(1);
		assertThat(this.eventExecutor.getQueueCapacity()).isEqualTo(10_000);
		assertThat(this.eventExecutor.getThreadNamePrefix()).isEqualTo("kefu-events-");
	}

	/** This test's publications only: the database is shared with other tests. */
	private static Predicate<EventPublication> of(ReturnCase c) {
		return (publication) -> publication.getEvent() instanceof ReturnCaseChanged changed
				&& changed.returnCase().id().equals(c.id());
	}

	private ReturnCase openUnderReview() {
		ReturnCase c = this.workflow.open(new ReturnRequest(CaseKind.RETURN, new ShopperRef("demo-shop", this.shopper),
				this.orderId, 1, 1, ReturnReason.CHANGED_MIND, null, List.of(), null, "test-" + UUID.randomUUID(),
				Origin.CHAT, this.conversation), Actor.shopper(this.shopper));
		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		return c;
	}

	/**
	 * Every delivery to this case fails (the claim of it raises) and counts itself in a
	 * sequence, which a rollback does not undo.
	 */
	private void failDeliveriesOf(ReturnCase c, String name) {
		this.jdbc.sql("create sequence " + name + "_seq").update();
		this.jdbc.sql("""
				create function %1$s() returns trigger language plpgsql as $$
				begin
				    if new.case_id = '%2$s' then
				        perform nextval('%1$s_seq');
				        raise exception 'test: this delivery fails';
				    end if;
				    return new;
				end $$
				""".formatted(name, c.id().value())).update();
		this.jdbc
			.sql("create trigger " + name + " before insert on delivered_case_events for each row execute function "
					+ name + "()")
			.update();
	}

	private int failures(String name) {
		return this.jdbc.sql("select case when is_called then last_value else 0 end from " + name + "_seq")
			.query(Integer.class)
			.single();
	}

	private void stopFailing(String name) {
		this.jdbc.sql("drop trigger " + name + " on delivered_case_events").update();
		this.jdbc.sql("drop function " + name + "()").update();
		this.jdbc.sql("drop sequence " + name + "_seq").update();
	}

	private int notices() {
		return count("select count(*) from messages where conversation_id = ? and intent = 'RETURN_UPDATE'");
	}

	private int handoffNotices() {
		return count("select count(*) from messages where conversation_id = ? and intent = 'HANDOFF'");
	}

	private int escalations() {
		return count("select count(*) from escalations where conversation_id = ?");
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(UUID.fromString(this.conversation)).query(Integer.class).single();
	}

	private int publicationsOf(ReturnCase c) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + c.id().value() + "%")
			.query(Integer.class)
			.single();
	}

}
