package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.bot.conversation.ConversationStatus;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.escalation.EscalationStatus;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.OrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper in the real widget, in each script: returns one item, exchanges another, asks
 * where an order is and asks for a person, tapping what the bot offers. Nothing they can
 * read may be one of Kefu's internals: an order-line reference ({@code KF20261001#1}), a
 * SKU of their own order, the name of one of Kefu's enums, a UUID.
 */
@KefuIntegrationTest
class ShopperReadsNoInternalsBrowserTests {

	private static final Pattern LINE_REFERENCE = Pattern.compile("[A-Z]{2}\\d{4,}#\\d+");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final List<String> ENUM_NAMES = Stream
		.of(CaseState.values(), ReturnReason.values(), CaseKind.values(), OrderStatus.values(), Intent.values(),
				EscalationStatus.values(), ConversationStatus.values())
		.flatMap(Stream::of)
		.map(Enum::name)
		.filter((name) -> name.length() > 3)
		.toList();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	enum Script {

		HANS("我要退货，尺码不合适", "我要换货，尺码不合适", "确认提交", "我的快递到哪了", "转人工", "测试连衣裙 蓝色 M", "测试毛衣 粉色 S", "尺码 M · 粉色"),

		HANT("我要退貨，尺碼不合適", "我要換貨，尺碼不合適", "確認提交", "我的快遞到哪了", "轉人工", "測試連身裙 藍色 M", "測試毛衣 粉色 S", "尺碼 M · 粉色"),

		EN("I want to return it, wrong size", "I want to exchange it, wrong size", "Submit", "Where is my order?",
				"I want to talk to a person", "Test dress, blue, M", "Test sweater, pink, S", "Size M · Pink");

		final String returnIt;

		final String exchangeIt;

		final String submit;

		final String whereIsMyOrder;

		final String person;

		final String dress;

		final String sweater;

		final String variant;

		Script(String returnIt, String exchangeIt, String submit, String whereIsMyOrder, String person, String dress,
				String sweater, String variant) {
			this.returnIt = returnIt;
			this.exchangeIt = exchangeIt;
			this.submit = submit;
			this.whereIsMyOrder = whereIsMyOrder;
			this.person = person;
			this.dress = dress;
			this.sweater = sweater;
			this.variant = variant;
		}

	}

	@ParameterizedTest
	@EnumSource(Script.class)
	void returnsExchangesAsksAndIsHandedOverReadingOnlyWordsForPeople(Script script) throws Exception {
		String shopper = "read-" + UUID.randomUUID().toString().substring(0, 8);
		String product = "TST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		List<String> skus = new ArrayList<>(List.of(product + "-M-BLU", product + "W-S-PNK"));
		TestOrders.delivered(this.jdbc, shopper, 2, TestOrders.Line.of(skus.get(0), script.dress, "apparel", "299.00"),
				TestOrders.Line.of(skus.get(1), script.sweater, "apparel", "259.00"));
		this.jdbc.sql("""
				insert into local_stock (shop_id, sku, available, variant_zh, variant_en)
				values ('demo-shop', ?, 4, '尺码 M · 粉色', 'Size M · Pink')
				""").param(product + "W-M-PNK").update();
		skus.add(product + "W-M-PNK");
		try (Browser browser = Browser.open(this.port)) {
			WebDriver page = browser.driver();
			browser.go("/chat#token=" + ShopperTokens.demoShopper(shopper));
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));

			// A return: the item picked by its name, confirmed, submitted.
			type(page, script.returnIt);
			tap(page, script.dress);
			tap(page, script.submit);
			waitForBot(page, (text) -> text.contains(script.dress) && !text.contains("?") && !text.contains("？"));
			// The pickup's news first, so that the walk reads in one order on any
			// machine; news arriving in the middle of a flow is
			// ReturnChatIntegrationTests' case.
			waitForBot(page, (text) -> text.contains("运单号") || text.contains("運單號") || text.contains("tracking"));
			readsNoInternals(page, skus);

			// An exchange of the other item (the returned one is no longer offered) to a
			// variant named by the inventory.
			type(page, script.exchangeIt);
			tap(page, script.variant);
			tap(page, script.submit);
			readsNoInternals(page, skus);

			// An order question, then a person.
			type(page, script.whereIsMyOrder);
			readsNoInternals(page, skus);
			type(page, script.person);
			readsNoInternals(page, skus);
		}
	}

	private static void readsNoInternals(WebDriver page, List<String> skus) {
		String visible = page.findElement(By.tagName("body")).getText();
		assertThat(visible).as("order-line references").doesNotContainPattern(LINE_REFERENCE);
		assertThat(visible).as("UUIDs").doesNotContainPattern(UUID_TEXT);
		skus.forEach((sku) -> assertThat(visible).as("SKUs").doesNotContain(sku));
		ENUM_NAMES.forEach((name) -> assertThat(visible).as("enum names").doesNotContainPattern("\\b" + name + "\\b"));
	}

	private static void type(WebDriver page, String text) {
		int before = botBubbles(page);
		page.findElement(By.id("text")).sendKeys(text);
		page.findElement(By.id("send")).click();
		new WebDriverWait(page, Duration.ofSeconds(40)).until((d) -> botBubbles(d) > before);
	}

	private static void tap(WebDriver page, String label) {
		settle(page);
		int before = botBubbles(page);
		By button = By.xpath("//div[@id='quick-replies']/button[normalize-space()='" + label + "']");
		try {
			new WebDriverWait(page, Duration.ofSeconds(40)).until(ExpectedConditions.elementToBeClickable(button))
				.click();
		}
		catch (TimeoutException ex) {
			throw new AssertionError(
					"no '" + label + "' to tap; the page reads:\n" + page.findElement(By.tagName("body")).getText(),
					ex);
		}
		new WebDriverWait(page, Duration.ofSeconds(40)).until((d) -> botBubbles(d) > before);
	}

	/**
	 * Waits until the bot has finished answering: a turn may come in several messages,
	 * and a tap on the buttons of the first while the next is drawn is not what a shopper
	 * does.
	 */
	private static void settle(WebDriver page) {
		int[] last = { -1 };
		long[] since = { System.nanoTime() };
		new WebDriverWait(page, Duration.ofSeconds(40)).pollingEvery(Duration.ofMillis(250)).until((d) -> {
			int now = botBubbles(d);
			if (now != last[0]) {
				last[0] = now;
				since[0] = System.nanoTime();
				return false;
			}
			return Duration.ofNanos(System.nanoTime() - since[0]).toMillis() >= 1_500;
		});
	}

	private static void waitForBot(WebDriver page, Predicate<String> said) {
		new WebDriverWait(page, Duration.ofSeconds(40))
			.until((d) -> d.findElements(By.cssSelector("#messages .bubble.BOT"))
				.stream()
				.anyMatch((b) -> said.test(b.getText())));
	}

	private static int botBubbles(WebDriver page) {
		return page.findElements(By.cssSelector("#messages .bubble.BOT, #messages .bubble.AGENT")).size();
	}

}
