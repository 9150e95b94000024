package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCases;
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
	ReturnCases cases;

	@Autowired
	ReturnsWorkflow workflow;

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
			Map<String, Object> reasons = say(socket, conversation, orderId + "#1");
			assertThat(buttonLabels(reasons)).contains("尺码不合适", "质量问题");
			Map<String, Object> confirm = say(socket, conversation, "尺码不合适");
			assertThat((String) confirm.get("text")).contains(orderId).contains("尺码不合适");
			// The refund line by line, with the item's name, before the shopper confirms.
			assertThat((String) confirm.get("text")).contains("退款明细", "Test dress M", "¥299.00", "本店承担");
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
		stock(this.product + "-S-BLU", 3);
		stock(this.product + "-L-BLU", 0);
		String conversation = startConversation();
		try (StompShopper socket = StompShopper.connect(this.port, this.shopper)) {
			Map<String, Object> variants = say(socket, conversation, "I want to exchange it, wrong size");
			assertThat(buttonValues(variants)).containsExactly(this.product + "-S-BLU");
			Map<String, Object> confirm = say(socket, conversation, this.product + "-S-BLU");
			assertThat((String) confirm.get("text")).startsWith("Please confirm: exchange");
			say(socket, conversation, "submit");
			await().atMost(WAIT).until(() -> texts(socket).stream().anyMatch((t) -> t.contains("is approved")));
			assertThat(texts(socket)).filteredOn((t) -> t.contains("is approved"))
				.allSatisfy((t) -> assertThat(t).startsWith("Your exchange of Test jeans W28 is approved"));
		}
		ReturnCase c = this.cases.ofShopper(new ShopperRef("demo-shop", this.shopper), 5).get(0);
		assertThat(c.request().exchangeSku()).isEqualTo(this.product + "-S-BLU");
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
			// be
			// mistaken for the answer to the next question.
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

	private Map<String, Object> say(StompShopper socket, String conversation, String text) {
		int before = socket.messages.size();
		socket.send(conversation, UUID.randomUUID().toString(), text);
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

	private static TestOrders.Line line(int number, String sku, String title, String category, String price) {
		return TestOrders.Line.of(sku, title, category, price);
	}

	private void stock(String sku, int units) {
		this.jdbc.sql("insert into local_stock (shop_id, sku, available) values ('demo-shop', ?, ?)")
			.params(sku, units)
			.update();
	}

}
