package dev.kefu.bot.escalation;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import dev.kefu.bot.chat.StompShopper;
import dev.kefu.bot.shops.BusinessHours;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import dev.kefu.bot.staff.ShopScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation end to end over real sockets: a shopper's chat, agents' consoles and the
 * agent API on one running application.
 */
@KefuIntegrationTest
class EscalationIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	private static final String[] SECOND_AGENT = basic("admin", "kefu-admin-demo");

	private static final String CLOSED_SHOP = "test-closed-shop";

	private static final String CLOSED_SECRET = "kefu-test-closed-shop-secret-for-tests-only";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EscalationSweeper sweeper;

	@Autowired
	Shops shops;

	@Autowired
	Escalations escalations;

	HttpApi api;

	String shopper;

	@BeforeEach
	void newShopper() {
		this.api = new HttpApi(this.port);
		this.shopper = "esc-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAngryShopperReachesAPersonWhoAnswersResolvesAndIsRated() throws Exception {
		String conversation = startConversation(this.shopper);
		try (StompConsole console = StompConsole.connect(this.port, "agent", "kefu-agent-demo");
				StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send(conversation, id(), "你们这什么破服务，等了十天还没到，气死我了");
			awaitBot(socket, (m) -> text(m).contains("正在为您转接人工客服") && text(m).contains("分钟"));
			await().atMost(WAIT).until(() -> console.queued("QUEUED", conversation));
			Map<String, Object> waiting = waitingEntry(conversation);
			assertThat(waiting.get("priority")).isEqualTo(1);
			assertThat((List<Object>) waiting.get("reasons")).contains("ANGER");
			assertThat((String) waiting.get("summary")).as("in the shopper's script")
				.contains("顾客很生气")
				.contains("等了十天还没到");
			assertThat((String) ((Map<String, Object>) waiting.get("summaries")).get("en")).contains("angry")
				.contains("promised a person in about");

			int before = botMessages(socket).size();
			socket.send(conversation, id(), "订单是上周五下的");
			await().atMost(WAIT).until(() -> shopperEcho(socket, "订单是上周五下的"));
			String escalationId = (String) waiting.get("id");
			HttpApi.Response claimed = this.api.post(path(escalationId, "claim"), "", AGENT);
			assertThat(claimed.status()).isEqualTo(200);
			awaitMessage(socket, "SYSTEM", (m) -> text(m).contains("人工客服已接入"));
			assertThat(botMessages(socket)).as("the bot stayed quiet while the shopper waited").hasSize(before);

			socket.send(conversation, id(), "在吗");
			await().atMost(WAIT)
				.until(() -> console.myEvents.stream()
					.anyMatch((e) -> "MESSAGE".equals(e.get("type")) && "在吗".equals(text(message(e)))));
			HttpApi.Response detail = this.api.get("/api/agent/escalations/" + escalationId, AGENT);
			assertThat(detail.json().at("/messages").findValuesAsText("text")).contains("订单是上周五下的", "在吗");
			assertThat(detail.json().at("/escalation/agent").asText()).isEqualTo("agent");

			HttpApi.Response reply = this.api.post(path(escalationId, "messages"),
					"{\"clientMessageId\": \"r-1\", \"text\": \"非常抱歉，我马上帮您催快递\"}", AGENT);
			assertThat(reply.status()).isEqualTo(200);
			this.api.post(path(escalationId, "messages"), "{\"clientMessageId\": \"r-1\", \"text\": \"非常抱歉，我马上帮您催快递\"}",
					AGENT);
			awaitMessage(socket, "AGENT", (m) -> text(m).equals("非常抱歉，我马上帮您催快递"));
			assertThat(this.jdbc.sql("select count(*) from messages where conversation_id = ? and sender = 'AGENT'")
				.param(UUID.fromString(conversation))
				.query(Long.class)
				.single()).as("a resent reply is stored once").isEqualTo(1);

			assertThat(this.api.post(path(escalationId, "resolve"), "", AGENT).status()).isEqualTo(200);
			awaitBot(socket, (m) -> text(m).contains("请为本次服务打分"));
			socket.send(conversation, id(), "5");
			awaitBot(socket, (m) -> text(m).contains("感谢您的评价"));
		}
		assertThat(this.jdbc.sql("select score from conversation_ratings where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(this.jdbc.sql(
				"select first_response_at is not null and status = 'RESOLVED' from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void twoAgentsClaimingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		String escalationId = escalateByAsking(this.shopper, "转人工");
		for (int round = 0; round < 1; round++) {
			var first = CompletableFuture.supplyAsync(() -> this.api.post(path(escalationId, "claim"), "", AGENT));
			var second = CompletableFuture
				.supplyAsync(() -> this.api.post(path(escalationId, "claim"), "", SECOND_AGENT));
			List<HttpApi.Response> responses = List.of(first.get(), second.get());
			assertThat(responses).extracting(HttpApi.Response::status).containsExactlyInAnyOrder(200, 409);
			HttpApi.Response loser = responses.stream().filter((r) -> r.status() == 409).findFirst().orElseThrow();
			assertThat(loser.isProblem()).isTrue();
			assertThat(loser.json().at("/title").asText()).isEqualTo("Already taken");
			String winner = (responses.get(0).status() == 200) ? "agent" : "admin";
			assertThat(loser.json().at("/detail").asText()).contains(winner);
			assertThat(this.jdbc.sql("select agent from escalations where id = ?")
				.param(UUID.fromString(escalationId))
				.query(String.class)
				.single()).isEqualTo(winner);
		}
	}

	@Test
	void anAgentAtCapacityCannotClaimMore() {
		String[] admin = basic("admin", "kefu-admin-demo");
		this.api.put("/api/admin/staff/admin/routing", "{\"skills\": [], \"capacity\": 1}", admin);
		try {
			this.jdbc.sql("update escalations set status = 'RESOLVED', agent = null where agent = 'admin'").update();
			String first = escalateByAsking(this.shopper, "人工客服");
			String second = escalateByAsking("esc-" + UUID.randomUUID().toString().substring(0, 8), "human please");
			assertThat(this.api.post(path(first, "claim"), "", SECOND_AGENT).status()).isEqualTo(200);
			HttpApi.Response full = this.api.post(path(second, "claim"), "", SECOND_AGENT);
			assertThat(full.status()).isEqualTo(409);
			assertThat(full.json().at("/title").asText()).isEqualTo("At capacity");
		}
		finally {
			this.api.put("/api/admin/staff/admin/routing", "{\"skills\": [], \"capacity\": 5}", admin);
		}
	}

	@SuppressWarnings("unchecked")
	@ParameterizedTest
	@ValueSource(strings = { "can I talk to a person please", "I'd like to speak to a human", "转人工", "轉人工" })
	void aPoliteRequestForAPersonIsAskedForNotAnger(String words) {
		String shopper = "esc-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = startConversation(shopper);
		assertThat(this.api
			.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\": \"" + id() + "\", \"text\": \"" + words + "\"}",
					bearer(ShopperTokens.demoShopper(shopper)))
			.status()).isEqualTo(200);
		assertThat((List<Object>) waitingEntry(conversation).get("reasons")).contains("REQUESTED")
			.doesNotContain("ANGER");
	}

	@Test
	void anAgentWhoIsGoneHasTheirConversationsQueuedAgainWithNothingLost() throws Exception {
		String conversation = startConversation(this.shopper);
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send(conversation, id(), "我要人工客服");
			awaitBot(socket, (m) -> text(m).contains("正在为您转接人工客服"));
			String escalationId = (String) waitingEntry(conversation).get("id");
			// An agent of its own: another test's console still connected as 'agent'
			// keeps that one present.
			String gone = TestStaff.newAgent(this.port, "gone-", "gone-agent-password");
			assertThat(this.api.post(path(escalationId, "claim"), "", basic(gone, "gone-agent-password")).status())
				.isEqualTo(200);
			socket.send(conversation, id(), "我的订单号是 KT000123");
			await().atMost(WAIT).until(() -> shopperEcho(socket, "我的订单号是 KT000123"));
			this.jdbc.sql("update agent_presence set last_seen = now() - interval '10 minutes' where username = ?")
				.param(gone)
				.update();
			this.sweeper.sweep();
			awaitMessage(socket, "SYSTEM", (m) -> text(m).contains("正在为您转接其他客服"));
			Map<String, Object> again = waitingEntry(conversation);
			assertThat(again.get("requeues")).isEqualTo(1);
			HttpApi.Response detail = this.api.get("/api/agent/escalations/" + escalationId, SECOND_AGENT);
			assertThat(detail.json().at("/messages").findValuesAsText("text")).contains("我的订单号是 KT000123");
		}
	}

	@Test
	void handingBackLetsTheBotAnswerAgain() throws Exception {
		String conversation = startConversation(this.shopper);
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send(conversation, id(), "转人工");
			awaitBot(socket, (m) -> text(m).contains("正在为您转接人工客服"));
			String escalationId = (String) waitingEntry(conversation).get("id");
			this.api.post(path(escalationId, "claim"), "", AGENT);
			assertThat(this.api.post(path(escalationId, "hand-back"), "", AGENT).status()).isEqualTo(200);
			awaitBot(socket, (m) -> text(m).contains("智能客服继续为您服务"));
			socket.send(conversation, id(), "退款多久到账");
			await().atMost(WAIT)
				.until(() -> socket.messages.stream().anyMatch((m) -> "refund-time-zh".equals(m.get("entryId"))));
		}
	}

	@Test
	void theBotFailingTwiceGoesToAPersonAndAVipTheBotCannotHelpIsOfferedOne() throws Exception {
		String conversation = startConversation(this.shopper);
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send(conversation, id(), "量子纠缠的猫咪穿什么袜子");
			awaitBot(socket, (m) -> text(m).contains("回答不了"));
			socket.send(conversation, id(), "紫色的恐龙会唱京剧吗");
			awaitBot(socket, (m) -> text(m).contains("正在为您转接人工客服"));
		}
		assertThat((List<Object>) waitingEntry(conversation).get("reasons")).containsExactly("BOT_FAILED_TWICE");
		String vipConversation = startConversation("emma");
		try (StompShopper socket = StompShopper.connect(this.port, "emma")) {
			// Words no knowledge-base entry has (other tests add entries, one about
			// socks).
			socket.send(vipConversation, id(), "how do quantum cats compose their operas");
			awaitBot(socket, (m) -> text(m).contains("would you like me to connect you with a person"));
			assertThat(openEscalations(vipConversation)).as("the offer waits for the answer").isZero();
			socket.send(vipConversation, id(), "human");
			awaitBot(socket, (m) -> text(m).contains("connecting you with a person"));
		}
		Map<String, Object> vip = waitingEntry(vipConversation);
		assertThat((List<Object>) vip.get("reasons")).containsExactlyInAnyOrder("VIP", "REQUESTED");
		assertThat(vip.get("priority")).isEqualTo(1);
		assertThat((List<Object>) vip.get("skills")).contains("en");
	}

	@Test
	void aVipWhoDeclinesTheOfferStaysWithTheBot() throws Exception {
		String conversation = startConversation("emma");
		try (StompShopper socket = StompShopper.connect(this.port, "emma")) {
			socket.send(conversation, id(), "what colour do quantum cats prefer");
			awaitBot(socket, (m) -> text(m).contains("would you like me to connect you with a person"));
			int before = botMessages(socket).size();
			socket.send(conversation, id(), "No, thanks");
			await().atMost(WAIT).until(() -> botMessages(socket).size() > before);
		}
		assertThat(openEscalations(conversation)).isZero();
	}

	@Test
	void askingForAPersonAgainWhileWaitingGetsThePlaceAndTheWait() throws Exception {
		String conversation = startConversation(this.shopper);
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.send(conversation, id(), "转人工");
			awaitBot(socket, (m) -> text(m).contains("正在为您转接人工客服"));
			waitingEntry(conversation);
			int before = botMessages(socket).size();
			socket.send(conversation, id(), "转人工！！");
			awaitBot(socket, (m) -> text(m).contains("您已经在排队了") && text(m).contains("分钟"));
			assertThat(botMessages(socket)).hasSize(before + 1);
			socket.send(conversation, id(), "好的我等着");
			await().atMost(WAIT).until(() -> shopperEcho(socket, "好的我等着"));
			Thread.sleep(300);
			assertThat(botMessages(socket)).as("other words while waiting are for the person").hasSize(before + 1);
		}
		assertThat(openEscalations(conversation)).isEqualTo(1);
	}

	@Test
	void outsideBusinessHoursTheShopperHearsWhenPeopleAreBackAndAgentsSeeTheTicketFirst() throws Exception {
		// Closed today and the next two days (in the shop's zone), whenever the test
		// runs: people are back at 09:00 on the third day.
		ZoneId zone = ZoneId.of("Asia/Hong_Kong");
		LocalDate today = LocalDate.now(zone);
		ShopSettings defaults = this.shops.of(CLOSED_SHOP);
		ShopSettings closed = new ShopSettings(Texts.of("Closed shop"), defaults.greeting(), zone,
				new BusinessHours(
						List.of(new BusinessHours.Opening(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
								LocalTime.of(18, 0))),
						List.of(new BusinessHours.Holiday(today, "closed"),
								new BusinessHours.Holiday(today.plusDays(1), "closed"),
								new BusinessHours.Holiday(today.plusDays(2), "closed"))),
				new ShopSettings.Escalation(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
						Duration.ofMinutes(7)), List.of(), Duration.ofMinutes(5)),
				defaults.legalProfile(), defaults.photos(), defaults.channels(), defaults.cannedReplies(), null,
				defaults.quickStarts());
		this.shops.stored(CLOSED_SHOP)
			.ifPresentOrElse((stored) -> this.shops.save(CLOSED_SHOP, closed, stored.version(), "test", "closed"),
					() -> this.shops.create(CLOSED_SHOP, closed, "test"));
		Instant opening = today.plusDays(3).atTime(9, 0).atZone(zone).toInstant();

		String open = escalateByAsking(this.shopper, "转人工");
		String shopperId = "closed-" + UUID.randomUUID().toString().substring(0, 8);
		String token = ShopperTokens.sign(CLOSED_SHOP, shopperId, Instant.now().plus(Duration.ofHours(1)),
				CLOSED_SECRET);
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		HttpApi.Response turn = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\": \"" + id() + "\", \"text\": \"我要轉人工\"}", bearer(token));
		assertThat(turn.status()).isEqualTo(200);
		assertThat(turn.json().at("/replies/0/text").asText()).as("in the shopper's script, in the shop's zone")
			.contains("人工客服現在不在線")
			.contains("09:00")
			.contains("Asia/Hong_Kong");

		Map<String, Object> ticket = this.jdbc
			.sql("select kept_while_closed, clock_from, respond_by from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query()
			.singleRow();
		assertThat(ticket.get("kept_while_closed")).isEqualTo(true);
		assertThat(((Timestamp) ticket.get("clock_from")).toInstant()).as("the clock starts at opening")
			.isEqualTo(opening);
		assertThat(((Timestamp) ticket.get("respond_by")).toInstant()).as("the shop's priority-3 target")
			.isEqualTo(opening.plus(Duration.ofMinutes(7)));

		List<String> queue = this.escalations.waiting(ShopScope.ALL, Integer.MAX_VALUE)
			.stream()
			.map((e) -> e.id().toString())
			.toList();
		assertThat(queue).contains(open);
		String ticketId = (String) waitingEntry(conversation).get("id");
		assertThat(queue.indexOf(ticketId)).as("the ticket kept while closed comes first")
			.isLessThan(queue.indexOf(open));
	}

	@Test
	void onlyAgentsReachTheQueueAndOnlyTheOwnerActs() throws Exception {
		String escalationId = escalateByAsking(this.shopper, "转人工");
		assertThat(this.api.get("/api/agent/escalations", bearer(ShopperTokens.demoShopper(this.shopper))).status())
			.isEqualTo(401);
		assertThat(this.api.get("/api/agent/escalations", basic("ops", "kefu-ops-demo")).status()).isEqualTo(403);
		HttpApi.Response notYours = this.api.post(path(escalationId, "messages"),
				"{\"clientMessageId\": \"x\", \"text\": \"hello\"}", AGENT);
		assertThat(notYours.status()).isEqualTo(403);
		assertThat(notYours.isProblem()).isTrue();
		this.api.post(path(escalationId, "claim"), "", AGENT);
		HttpApi.Response tooLong = this.api.post(path(escalationId, "messages"),
				"{\"clientMessageId\": \"x\", \"text\": \"" + "长".repeat(1001) + "\"}", AGENT);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(this.jdbc
			.sql("select count(*) from messages m join escalations e on e.conversation_id = "
					+ "m.conversation_id where e.id = ? and m.sender = 'AGENT'")
			.param(UUID.fromString(escalationId))
			.query(Long.class)
			.single()).isZero();
		List<Map<String, Object>> leaked = new CopyOnWriteArrayList<>();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			socket.subscribe("/topic/console/queue/demo-shop", leaked);
			// The denial is an ERROR frame, after which the server closes the session.
			await().atMost(WAIT).until(() -> !socket.isConnected());
			escalateByAsking("esc-" + UUID.randomUUID().toString().substring(0, 8), "转人工");
			Thread.sleep(500);
		}
		assertThat(leaked).as("a shopper cannot listen to the agents' queue").isEmpty();
	}

	private String escalateByAsking(String shopperId, String words) {
		String conversation = startConversation(shopperId);
		HttpApi.Response turn = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\": \"" + id() + "\", \"text\": \"" + words + "\"}",
				bearer(ShopperTokens.demoShopper(shopperId)));
		assertThat(turn.status()).isEqualTo(200);
		return (String) waitingEntry(conversation).get("id");
	}

	private long openEscalations(String conversation) {
		return this.jdbc
			.sql("select count(*) from escalations where conversation_id = ? and status in ('WAITING', 'CLAIMED')")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single();
	}

	private String startConversation(String shopperId) {
		return this.api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopperId)))
			.json()
			.at("/id")
			.asText();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> waitingEntry(String conversation) {
		return await().atMost(WAIT).until(() -> {
			var queue = new ObjectMapper().readValue(this.api.get("/api/agent/escalations", SECOND_AGENT).body(),
					Map.class);
			return ((List<Map<String, Object>>) queue.get("waiting")).stream()
				.map((item) -> (Map<String, Object>) item.get("escalation"))
				.filter((e) -> conversation.equals(e.get("conversationId")))
				.findFirst()
				.orElse(null);
		}, Objects::nonNull);
	}

	private static String path(String escalationId, String action) {
		return "/api/agent/escalations/" + escalationId + "/" + action;
	}

	private static void awaitBot(StompShopper socket, Predicate<Map<String, Object>> matching) {
		awaitMessage(socket, "BOT", matching);
	}

	private static void awaitMessage(StompShopper socket, String sender, Predicate<Map<String, Object>> matching) {
		await().atMost(WAIT)
			.until(() -> socket.messages.stream().anyMatch((m) -> sender.equals(m.get("sender")) && matching.test(m)));
	}

	private static boolean shopperEcho(StompShopper socket, String text) {
		return socket.messages.stream()
			.anyMatch((m) -> "SHOPPER".equals(m.get("sender")) && text.equals(m.get("text")));
	}

	private static List<Map<String, Object>> botMessages(StompShopper socket) {
		return socket.messages.stream().filter((m) -> "BOT".equals(m.get("sender"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> message(Map<String, Object> event) {
		return (Map<String, Object>) event.get("message");
	}

	private static String text(Map<String, Object> message) {
		return String.valueOf(message.get("text"));
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
