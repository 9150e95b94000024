package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every refusal and error of the return and exchange flows, walked in Simplified Chinese,
 * Traditional Chinese and English: whatever the bot says (buttons included) is in the
 * conversation's language and script, with no English left in a Chinese chat and no
 * Chinese in an English one.
 */
@KefuIntegrationTest
class ReturnRefusalsInEveryScriptIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnsWorkflow workflow;

	@Autowired
	ReturnCaseQueries cases;

	enum Script {

		HANS("我要退货", "我要退货，不想要了", "我要换货，尺码不合适", "不", "算了", "退货进度", "取消退货", "确认提交", "测试连衣裙", "测试短袜"),

		HANT("我要退貨", "我要退貨，不想要了", "我要換貨，尺碼不合適", "不", "算了", "退貨進度", "取消退貨", "確認提交", "測試連身裙", "測試短襪"),

		EN("I want to return something", "I want to return it, I changed my mind", "I want to exchange it, wrong size",
				"no", "cancel", "return status", "cancel my return", "submit", "Test dress", "Test socks");

		final String start;

		final String startWithReason;

		final String exchange;

		final String decline;

		final String dropIt;

		final String status;

		final String cancel;

		final String submit;

		final String title;

		final String otherTitle;

		Script(String start, String startWithReason, String exchange, String decline, String dropIt, String status,
				String cancel, String submit, String title, String otherTitle) {
			this.start = start;
			this.startWithReason = startWithReason;
			this.exchange = exchange;
			this.decline = decline;
			this.dropIt = dropIt;
			this.status = status;
			this.cancel = cancel;
			this.submit = submit;
			this.title = title;
			this.otherTitle = otherTitle;
		}

	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void nothingDeliveredToReturn(Script script) throws Exception {
		walk(script, (shopper, chat) -> chat.say(script.start));
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void nothingReturnableNowSaysWhyAndOffersAPerson(Script script) throws Exception {
		walk(script, (shopper, chat) -> {
			this.shipped(shopper, script.title);
			Map<String, Object> why = chat.say(script.start);
			assertThat(buttons(why)).hasSize(1);
			assertThat((String) why.get("text")).contains(script.title);
		});
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void droppingTheFlowHalfWay(Script script) throws Exception {
		walk(script, (shopper, chat) -> {
			TestOrders.delivered(this.jdbc, shopper, 2, line(script.title, "apparel"),
					line(script.otherTitle, "apparel"));
			assertThat(buttons(chat.say(script.start))).hasSize(2);
			chat.say(script.dropIt);
		});
		// Nothing was asked for.
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void decliningAtTheConfirmation(Script script) throws Exception {
		String shopper = walk(script, (s, chat) -> {
			TestOrders.delivered(this.jdbc, s, 2, line(script.title, "apparel"));
			Map<String, Object> confirm = chat.say(script.startWithReason);
			assertThat((String) confirm.get("text")).contains(script.title);
			chat.say(script.decline);
		});
		assertThat(this.cases.ofShopper(new ShopperRef("demo-shop", shopper), 5)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void anExchangeWithEveryOtherVariantSoldOut(Script script) throws Exception {
		walk(script, (shopper, chat) -> {
			TestOrders.delivered(this.jdbc, shopper, 2, line(script.title, "apparel"));
			Map<String, Object> soldOut = chat.say(script.exchange);
			assertThat(buttons(soldOut)).as("a return instead, or nothing").hasSize(2);
		});
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void anItemReturnedMeanwhileIsRefusedAtSubmission(Script script) throws Exception {
		String shopper = walk(script, (s, chat) -> {
			String orderId = TestOrders.delivered(this.jdbc, s, 2, line(script.title, "apparel"));
			chat.say(script.startWithReason);
			// Another request for the same unit, from elsewhere, between the confirmation
			// and the submission.
			this.workflow.open(aReturn().shopper("demo-shop", s)
				.order(orderId)
				.reason(ReturnReason.WRONG_SIZE)
				.key("other-" + UUID.randomUUID())
				.build(), Actor.shopper(s));
			chat.say(script.submit);
		});
		assertThat(this.cases.ofShopper(new ShopperRef("demo-shop", shopper), 5)).as("only the other request")
			.hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void noReturnToTellOrToCancel(Script script) throws Exception {
		walk(script, (shopper, chat) -> {
			chat.say(script.status);
			chat.say(script.cancel);
		});
	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void aRejectedRequestIsExplainedInTheShoppersScript(Script script) throws Exception {
		walk(script, (shopper, chat) -> {
			String order = TestOrders.delivered(this.jdbc, shopper, 2, line(script.title, "underwear"));
			// Refusing underwear for a change of mind is lawful only when the shopper
			// confirmed it at purchase (SAMR Art. 7 and 20).
			this.jdbc.sql("update local_order_lines set exclusion_confirmed = true where order_id = ?")
				.param(order)
				.update();
			chat.say(script.startWithReason);
			int before = chat.socket.messages.size();
			chat.say(script.submit);
			// The decision (underwear confirmed as not returnable is not returned for a
			// change of mind) arrives as the case's news.
			await().atMost(WAIT)
				.until(() -> chat.socket.messages.stream().skip(before).filter(this::fromBot).count() >= 2);
		});
	}

	private String walk(Script script, Walk walk) throws Exception {
		String shopper = "scr-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = new HttpApi(this.port)
			.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
		try (StompShopper socket = StompShopper.connect(this.port, shopper)) {
			Chat chat = new Chat(socket, conversation);
			walk.run(shopper, chat);
			List<Map<String, Object>> said = socket.messages.stream().filter(this::fromBot).toList();
			assertThat(said).isNotEmpty();
			assertThat(socket.errors).isEmpty();
			for (Map<String, Object> message : said) {
				inScript((String) message.get("text"), script);
				buttons(message).forEach((b) -> inScript((String) b.get("label"), script));
			}
		}
		return shopper;
	}

	private boolean fromBot(Map<String, Object> message) {
		return "BOT".equals(message.get("sender"));
	}

	private static void inScript(String text, Script script) {
		// Order, case and tracking numbers are the shopper's references, the same in any
		// language (a case's pickup news, KLR1F112E06069B, may arrive during the walk).
		String words = text.replaceAll("\\b[A-Z]{2}\\d{4,}\\b", "")
			.replaceAll("\\b[0-9A-F]{8}\\b", "")
			.replaceAll("\\b(?=[A-Z0-9]*\\d)[A-Z0-9]{10,}\\b", "");
		if (script == Script.EN) {
			assertThat(words).as("English: %s", text).doesNotContainPattern("\\p{IsHan}");
			return;
		}
		assertThat(words).as("Chinese: %s", text).doesNotContainPattern("[A-Za-z]{2,}");
		if (script == Script.HANS) {
			assertThat(ChineseScript.toSimplified(text)).as("Simplified: %s", text).isEqualTo(text);
		}
		else {
			assertThat(ChineseScript.toTraditional(text)).as("Traditional: %s", text).isEqualTo(text);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> buttons(Map<String, Object> message) {
		List<Map<String, Object>> buttons = (List<Map<String, Object>>) message.get("quickReplies");
		return (buttons != null) ? buttons : List.of();
	}

	private static TestOrders.Line line(String title, String category) {
		return TestOrders.Line.of("TST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-M-BLU", title,
				category, "199.00");
	}

	private void shipped(String shopper, String title) {
		String orderId = "KS" + (System.nanoTime() % 10_000_000_000L);
		this.jdbc.sql("""
				insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, currency)
				values ('demo-shop', ?, ?, 'SHIPPED', now() - interval '1 day', now() - interval '1 day', 'CNY')
				""").params(orderId, shopper).update();
		this.jdbc
			.sql("""
					insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity)
					values ('demo-shop', ?, 1, ?, ?, 'home', 99.00, 1)
					""")
			.params(orderId, "TST-LMP-" + orderId, title)
			.update();
	}

	interface Walk {

		void run(String shopper, Chat chat) throws Exception;

	}

	/** The shopper's side of the conversation: says something, waits for the answer. */
	record Chat(StompShopper socket, String conversation) {

		Map<String, Object> say(String text) {
			int before = this.socket.messages.size();
			this.socket.send(this.conversation, UUID.randomUUID().toString(), text);
			await().atMost(WAIT).until(() -> answer(before, text) != null);
			return answer(before, text);
		}

		private Map<String, Object> answer(int before, String text) {
			List<Map<String, Object>> since = this.socket.messages.stream().skip(before).toList();
			long seq = since.stream()
				.filter((m) -> "SHOPPER".equals(m.get("sender")) && text.equals(m.get("text")))
				.mapToLong((m) -> ((Number) m.get("seq")).longValue())
				.findFirst()
				.orElse(Long.MAX_VALUE);
			return since.stream()
				.filter((m) -> "BOT".equals(m.get("sender")) && ((Number) m.get("seq")).longValue() > seq)
				.reduce((first, second) -> second)
				.orElse(null);
		}

	}

}
