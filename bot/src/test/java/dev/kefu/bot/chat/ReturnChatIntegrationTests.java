package dev.kefu.bot.chat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.CaseNews;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.shops.ShopTimeZones;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Returns and exchanges in the chat, over a real WebSocket: the bot fills the request in
 * with quick replies, opens the case on confirmation, and the case's news (approval,
 * pickup, refund) arrives in the same conversation.
 */
@KefuIntegrationTest
class ReturnChatIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnCaseQueries cases;

	@Autowired
	ReturnsWorkflow workflow;

	@Autowired
	ShopTimeZones zones;

	HttpApi api;

	String shopper;

	String product;

	@BeforeEach
	void shopperWithOrders() {
		this.api = new HttpApi(this.port);
		this.shopper = "ret-" + UUID.randomUUID().toString().substring(0, 8);
		this.product = "TST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void fillsAReturnInWithQuickRepliesAndReportsTheCaseToTheRefund() throws Exception {
		String orderId = order(2, line(1, this.product + "-M-BLU", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-SOCKS", "Test socks", "underwear", "39.90"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> items = say(socket, conversation, "我要退货");
			assertThat(buttonValues(items)).containsExactly(orderId + "#1", orderId + "#2");
			assertThat(buttonLabels(items)).as("items are named, not referenced")
				.containsExactly("Test dress M", "Test socks");
			Map<String, Object> reasons = tap(socket, conversation, items, orderId + "#1");
			assertThat(buttonLabels(reasons)).contains("尺码不合适", "质量问题");
			Map<String, Object> confirm = tap(socket, conversation, reasons, "尺码不合适");
			assertThat((String) confirm.get("text")).contains("Test dress M")
				.contains("尺码不合适")
				.doesNotContain(orderId + "#")
				.doesNotContain(this.product);
			// The refund line by line, with the item's name, before the shopper confirms.
			assertThat((String) confirm.get("text")).contains("退款明细", "¥299.00", "本店承担");
			say(socket, conversation, "确认提交");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("已通过")));
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("运单号")));
			ReturnCase c = this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5).get(0);
			assertThat(c.request().conversationId()).isEqualTo(conversation);
			assertThat(c.request().orderId()).isEqualTo(orderId);
			String tracking = c.progress().pickup().trackingNumber();
			this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "t-" + tracking + "-1");
			this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, "t-" + tracking + "-2");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("已到账")));
			assertThat(this.cases.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.COMPLETED);
			assertThat(texts(socket)).as("the news arrives in order, once each")
				.containsSubsequence(texts(socket).stream().filter((t) -> t.contains("已通过")).findFirst().orElseThrow(),
						texts(socket).stream().filter((t) -> t.contains("运单号")).findFirst().orElseThrow(),
						texts(socket).stream().filter((t) -> t.contains("已到账")).findFirst().orElseThrow());
		}
		List<Long> seqs = this.jdbc.sql("select seq from messages where conversation_id = ? order by seq")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.list();
		assertThat(seqs).doesNotHaveDuplicates().isSorted();
		Map<String, Object> tapped = this.jdbc
			.sql("select body, label from messages where conversation_id = ? and sender = 'SHOPPER' and body = ?")
			.params(UUID.fromString(conversation), orderId + "#1")
			.query()
			.singleRow();
		assertThat(tapped).as("a tapped item is stored as the value behind it and the label the shopper saw")
			.containsEntry("label", "Test dress M");
	}

	@Test
	void offersOnlyWhatCanBeReturnedNowAndSaysWhyNotTheOthersBeforeAsking() throws Exception {
		String recent = order(2, line(1, this.product + "-DRS", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-SCF", "Test scarf", "apparel", "99.00"),
				line(3, this.product + "-SHT", "Test shirt", "apparel", "129.00"));
		ReturnCase held = this.workflow
			.open(new ReturnRequest(CaseKind.RETURN, new ShopperRef("demo-shop", this.shopper), recent, 3, 1,
					ReturnReason.CHANGED_MIND, null, List.of(), null, "test-" + UUID.randomUUID(), Origin.CHAT, null),
					Actor.shopper(this.shopper));
		// Its news goes to the shopper's latest conversation when it is delivered, just
		// after each move: let it arrive before the conversation below starts.
		await().atMost(WAIT).until(() -> this.cases.find(held.id()).orElseThrow().state() == CaseState.PICKUP_BOOKED);
		CaseNews.awaitDelivered(this.jdbc, held.id());
		order(40, line(1, this.product + "-CTN", "Test coat", "apparel", "899.00"));
		Instant deliveredLongAgo = this.jdbc
			.sql("select delivered_at from local_orders where shopper_id = ? order by delivered_at limit 1")
			.param(this.shopper)
			.query(Timestamp.class)
			.single()
			.toInstant();
		shipped(line(1, this.product + "-LMP", "Test lamp", "home", "499.00"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> picker = say(socket, conversation, "我要退货");
			assertThat(buttonLabels(picker)).containsExactly("Test dress M", "Test scarf");
			String why = socket.messages.stream()
				.filter((m) -> "BOT".equals(m.get("sender"))
						&& ((Number) m.get("seq")).longValue() < ((Number) picker.get("seq")).longValue())
				.map((m) -> (String) m.get("text"))
				.reduce((first, second) -> second)
				.orElseThrow();
			// The longest window of the default rules is fifteen days, counted in the
			// shop's time zone from the day after delivery.
			LocalDate lastDay = deliveredLongAgo.atZone(this.zones.zoneOf("demo-shop")).toLocalDate().plusDays(15);
			assertThat(why).contains("Test shirt（已退货或正在退货）")
				.contains("Test coat（退货期已于 " + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth() + "日 结束）")
				.contains("Test lamp（还没签收）")
				.doesNotContain("Test dress M");
		}
	}

	@Test
	void anAnswersActionIsAButtonThatStartsTheReturn() throws Exception {
		order(2, line(1, this.product + "-M-BLU", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-SOCKS", "Test socks", "underwear", "39.90"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> answer = say(socket, conversation, "支持7天无理由退货吗？");
			assertThat(answer.get("entryId")).isEqualTo("return-7day-no-reason-zh");
			assertThat((String) answer.get("text")).doesNotContain("kefu:").doesNotContain("](");
			assertThat(buttonLabels(answer)).contains("申请退货");
			Map<String, Object> picker = tap(socket, conversation, answer,
					buttonValues(answer).get(buttonLabels(answer).indexOf("申请退货")));
			assertThat(buttonLabels(picker)).containsExactly("Test dress M", "Test socks");
		}
	}

	@Test
	void refusesAQuickReplyNeverOfferedAndStoresNothing() throws Exception {
		String orderId = order(2, line(1, this.product + "-M-BLU", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-SOCKS", "Test socks", "underwear", "39.90"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			say(socket, conversation, "我要退货");
			socket.tap(conversation, UUID.randomUUID().toString(), "Anything I like", orderId + "#9");
			await().atMost(WAIT).until(() -> !socket.errors.isEmpty());
			assertThat(socket.errors.get(0)).containsEntry("code", "INVALID");
		}
		assertThat(this.jdbc.sql("select count(*) from messages where conversation_id = ? and label is not null")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void answersAnotherQuestionMidFlowAndCarriesOnWhereItWas() throws Exception {
		String orderId = order(2, line(1, this.product + "-M-BLU", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-L-BLU", "Test dress L", "apparel", "299.00"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			say(socket, conversation, "我要退货");
			Map<String, Object> faq = say(socket, conversation, "退款多久到账");
			assertThat(faq.get("entryId")).isEqualTo("refund-time-zh");
			assertThat(buttonLabels(faq)).contains("继续退换货申请");
			Map<String, Object> again = say(socket, conversation, "继续");
			assertThat(buttonValues(again)).contains(orderId + "#1", orderId + "#2");
			Map<String, Object> dropped = say(socket, conversation, "算了");
			assertThat((String) dropped.get("text")).contains("已取消");
		}
		assertThat(this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5)).isEmpty();
	}

	@Test
	void exchangesToAVariantInStockInEnglish() throws Exception {
		order(2, line(1, this.product + "-M-BLU", "Test jeans W28", "apparel", "359.00"));
		stock(this.product + "-S-BLU", 3, "尺码 S · 蓝色", "Size S · Blue");
		stock(this.product + "-L-BLU", 0, "尺码 L · 蓝色", "Size L · Blue");
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> variants = say(socket, conversation, "I want to exchange it, wrong size");
			assertThat(buttonValues(variants)).containsExactly(this.product + "-S-BLU");
			assertThat(buttonLabels(variants)).as("the inventory's own name of the variant")
				.containsExactly("Size S · Blue");
			Map<String, Object> confirm = tap(socket, conversation, variants, this.product + "-S-BLU");
			assertThat((String) confirm.get("text")).startsWith("Please confirm: exchange")
				.contains("Test jeans W28")
				.contains("Size S · Blue")
				.doesNotContain(this.product);
			say(socket, conversation, "submit");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("is approved")));
			assertThat(texts(socket)).filteredOn((t) -> t.contains("is approved"))
				.allSatisfy((t) -> assertThat(t).startsWith("Your exchange of Test jeans W28 is approved"));
		}
		ReturnCase c = this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5).get(0);
		assertThat(c.request().exchangeSku()).isEqualTo(this.product + "-S-BLU");
	}

	@Test
	void readsTheAnswerToItsOwnQuestionWhenACaseNoticeArrivesInBetween() throws Exception {
		String orderId = order(2, line(1, this.product + "-M-RED", "Test dress M", "apparel", "299.00"),
				line(2, this.product + "-M-BLU", "Test jeans W28", "apparel", "359.00"));
		stock(this.product + "-S-BLU", 3, "尺码 S · 蓝色", "Size S · Blue");
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> items = say(socket, conversation, "我想退貨，不想要了");
			Map<String, Object> confirmReturn = tap(socket, conversation, items, orderId + "#1");
			assertThat((String) confirmReturn.get("text")).startsWith("請確認");
			say(socket, conversation, "確認");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("運單號")));
			String tracking = this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5)
				.get(0)
				.progress()
				.pickup()
				.trackingNumber();

			Map<String, Object> variants = say(socket, conversation, "褲子尺碼不合適，我想換一條");
			assertThat(buttonValues(variants)).containsExactly(this.product + "-S-BLU");
			// The dress's courier comes while the shopper is choosing.
			this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, "t-" + tracking + "-1");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.startsWith("快遞員已取走")));
			Map<String, Object> confirm = tap(socket, conversation, variants, this.product + "-S-BLU");
			assertThat((String) confirm.get("text")).as("the answer to its own question, read as such")
				.startsWith("請確認")
				.contains("Test jeans W28")
				.contains("尺碼 S · 藍色");
		}
	}

	@Test
	void turnsAnExchangeOfASoldOutItemIntoAReturnWithoutAskingAgain() throws Exception {
		order(2, line(1, this.product + "-M-BLU", "Test jeans W28", "apparel", "359.00"));
		stock(this.product + "-L-BLU", 0, "尺码 L · 蓝色", "Size L · Blue");
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> reason = say(socket, conversation, "我想换货");
			assertThat((String) reason.get("text")).as("the one item there is, named before anything is asked")
				.contains("Test jeans W28");
			Map<String, Object> soldOut = tap(socket, conversation, reason, "尺码不合适");
			assertThat((String) soldOut.get("text")).contains("缺货");
			Map<String, Object> confirm = tap(socket, conversation, soldOut, "改为退货");
			assertThat((String) confirm.get("text")).as("the item and the reason carried over")
				.startsWith("请确认：退货「Test jeans W28」")
				.contains("尺码不合适");
			say(socket, conversation, "确认提交");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("已通过")));
		}
		ReturnCase c = this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5).get(0);
		assertThat(c.request().kind()).isEqualTo(CaseKind.RETURN);
		assertThat(c.request().reason()).isEqualTo(ReturnReason.WRONG_SIZE);
	}

	@Test
	void tellsWhereAReturnStandsAndCancelsItOnConfirmation() throws Exception {
		order(2, line(1, this.product + "-M-BLU", "Test coat", "apparel", "199.00"));
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			say(socket, conversation, "我要退货，不想要了");
			say(socket, conversation, "确认提交");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("已通过")));
			// The pickup notice follows the approval on its own; let it land so it cannot
			// be mistaken for the answer to the next question.
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("运单号")));
			Map<String, Object> status = say(socket, conversation, "退货进度");
			assertThat((String) status.get("text")).contains("Test coat");
			Map<String, Object> ask = say(socket, conversation, "取消退货");
			assertThat(buttonValues(ask)).contains("确定取消");
			say(socket, conversation, "确定取消");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.endsWith("已取消。")));
		}
		assertThat(this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5).get(0).state())
			.isEqualTo(CaseState.CANCELLED);
	}

	/** Taps the button with this value, as the widget does, and waits for the answer. */
	private Map<String, Object> tap(StompShopper socket, String conversation, Map<String, Object> offer, String value) {
		String label = buttonLabels(offer).get(buttonValues(offer).indexOf(value));
		return say(socket, conversation, label, value);
	}

	private Map<String, Object> say(StompShopper socket, String conversation, String text) {
		return say(socket, conversation, text, null);
	}

	private Map<String, Object> say(StompShopper socket, String conversation, String text, String reply) {
		int before = socket.messages.size();
		if (reply != null) {
			socket.tap(conversation, UUID.randomUUID().toString(), text, reply);
		}
		else {
			socket.send(conversation, UUID.randomUUID().toString(), text);
		}
		await().atMost(WAIT)
			.until(() -> socket.messages.stream()
				.skip(before)
				.anyMatch((m) -> "BOT".equals(m.get("sender"))
						&& ((Number) m.get("seq")).longValue() > seqOf(socket, text)));
		return socket.messages.stream()
			.skip(before)
			.filter((m) -> "BOT".equals(m.get("sender")) && ((Number) m.get("seq")).longValue() > seqOf(socket, text))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static long seqOf(StompShopper socket, String text) {
		return socket.messages.stream()
			.filter((m) -> "SHOPPER".equals(m.get("sender")) && text.equals(m.get("text")))
			.mapToLong((m) -> ((Number) m.get("seq")).longValue())
			.max()
			.orElse(Long.MAX_VALUE);
	}

	@SuppressWarnings("unchecked")
	private static List<String> buttonValues(Map<String, Object> message) {
		return ((List<Map<String, Object>>) message.get("quickReplies")).stream()
			.map((b) -> (String) b.get("value"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> buttonLabels(Map<String, Object> message) {
		return ((List<Map<String, Object>>) message.get("quickReplies")).stream()
			.map((b) -> (String) b.get("label"))
			.toList();
	}

	private static List<String> texts(StompShopper socket) {
		return socket.messages.stream()
			.filter((m) -> "BOT".equals(m.get("sender")))
			.map((m) -> (String) m.get("text"))
			.distinct()
			.toList();
	}

	private String startConversation() {
		return this.api.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(this.shopper)))
			.json()
			.at("/id")
			.asText();
	}

	private String order(int deliveredDaysAgo, TestOrders.Line... lines) {
		return TestOrders.delivered(this.jdbc, this.shopper, deliveredDaysAgo, lines);
	}

	private void shipped(TestOrders.Line line) {
		String orderId = "KS" + (System.nanoTime() % 10_000_000_000L);
		this.jdbc.sql("""
				insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, currency)
				values ('demo-shop', ?, ?, 'SHIPPED', now() - interval '1 day', now() - interval '1 day', 'CNY')
				""").params(orderId, this.shopper).update();
		this.jdbc
			.sql("""
					insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity)
					values ('demo-shop', ?, 1, ?, ?, ?, ?::numeric, 1)
					""")
			.params(orderId, line.sku(), line.title(), line.category(), line.price())
			.update();
	}

	private static TestOrders.Line line(int number, String sku, String title, String category, String price) {
		return TestOrders.Line.of(sku, title, category, price);
	}

	private void stock(String sku, int units, String zh, String en) {
		this.jdbc.sql(
				"insert into local_stock (shop_id, sku, available, variant_zh, variant_en) values ('demo-shop', ?, ?, ?, ?)")
			.params(sku, units, zh, en)
			.update();
	}

}
