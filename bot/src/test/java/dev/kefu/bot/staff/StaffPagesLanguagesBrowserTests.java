package dev.kefu.bot.staff;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StaffPageWords;
import dev.kefu.bot.TestOrders;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every staff page in Simplified Chinese, Traditional Chinese and English: each page in
 * one language with its key words and no enum name shown; one walk through all three on
 * every page; and the language a staff member chooses following them to another browser.
 * Each test has staff accounts of its own: the language chosen is kept with the account.
 */
@KefuIntegrationTest
class StaffPagesLanguagesBrowserTests {

	private static final String PASSWORD = "languages-password";

	private static final Map<String, String> PAGES = Map.of("console", "/console", "kb", "/ops/kb", "returns",
			"/ops/returns", "insights", "/ops/insights", "shop", "/ops/shop");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConsoleSpeaksTraditionalChineseAndNamesTheShoppersScript() throws Exception {
		String agent = TestStaff.newAgent(this.port, "lang-agent-", PASSWORD);
		try (Browser browser = Browser.open(this.port, "zh-TW")) {
			WebDriver page = browser.driver();
			browser.logIn(agent, PASSWORD);
			browser.go("/console");
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
			// The unclaimed cases' count may lead the title ("(3) 客服 · 客服工作台").
			assertThat(page.getTitle().replaceFirst("^\\(\\d+\\) ", "")).isEqualTo("客服 · 客服工作台");
			assertThat(page.findElement(By.id("connection")).getText()).isEqualTo("已連線");
			String console = page.getWindowHandle();
			String shopper = "lang-" + UUID.randomUUID().toString().substring(0, 8);
			page.switchTo().newWindow(WindowType.TAB);
			browser.go("/chat#token=" + ShopperTokens.demoShopper(shopper));
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
			page.findElement(By.id("text")).sendKeys("你們這什麼爛服務，包裹等了十天還沒到，氣死我了！！！");
			page.findElement(By.id("send")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "轉接"));
			page.close();
			page.switchTo().window(console);
			WebElement waiting = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(
						By.xpath("//ul[@id='waiting']/li[.//strong[text()='" + shopper + "']]")));
			assertThat(waiting.getText()).contains("情緒激動").contains("繁體").doesNotContain("zh");
			waiting.findElement(By.cssSelector("button.claim")).click();
			WebElement chat = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chats .chat")));
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".badges")), "已接手"));
			assertThat(chat.findElement(By.cssSelector(".messages")).getText()).contains("買家 ·").contains("機器人 ·");
			assertThat(chat.findElement(By.cssSelector("button.resolve")).getText()).isEqualTo("標記已解決");
			assertThat(chat.findElement(By.cssSelector(".reply textarea")).getDomAttribute("placeholder"))
				.isEqualTo("回覆買家…");
			StaffPageWords.assertSpeaksWords(browser, "the console in zh-Hant");
		}
	}

	@Test
	void theKnowledgeBaseSpeaksSimplifiedChinese() throws Exception {
		String ops = TestStaff.newOps(this.port, "lang-kb-", PASSWORD);
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			WebDriver page = browser.driver();
			browser.logIn(ops, PASSWORD);
			browser.go("/ops/kb");
			browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#entries tbody tr"), 0));
			assertThat(page.getTitle()).isEqualTo("客服 · 知识库");
			assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-Hans");
			assertThat(page.findElement(By.cssSelector("nav")).getText()).contains("条目", "试问", "同义词", "回归测试集");
			// Other tests leave drafts newer than the published entries on the first
			// page.
			assertThat(page.findElement(By.id("entries")).getText()).containsAnyOf("已发布", "草稿");
			page.findElement(By.cssSelector("#entries tbody tr")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "第 1 版"));
			page.findElement(By.cssSelector("nav button[data-tab=try]")).click();
			page.findElement(By.cssSelector("#try-form input[name=question]")).sendKeys("退款多久到账");
			page.findElement(By.cssSelector("#try-form button")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("try-reply"), "置信度"));
			assertThat(page.findElement(By.cssSelector("#try-reply strong")).getText()).startsWith("直接回答");
			assertThat(page.findElement(By.id("try-trace")).getText()).as("the trace's codes as words")
				.contains("直接回答");
			StaffPageWords.assertSpeaksWords(browser, "the knowledge base in zh-Hans");
		}
	}

	@Test
	void theReturnsPageSpeaksEnglishAndOffersOnlyWhatTheCaseAccepts() throws Exception {
		String ops = TestStaff.newOps(this.port, "lang-returns-", PASSWORD);
		String shopper = "lang-" + UUID.randomUUID().toString().substring(0, 8);
		String order = TestOrders.delivered(this.jdbc, shopper, 2,
				TestOrders.Line.of("LANG-1", "Lip balm " + shopper, "cosmetics", "159"));
		new HttpApi(this.port).post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(order), HttpApi.bearer(ShopperTokens.demoShopper(shopper)));
		try (Browser browser = Browser.open(this.port, "en-US")) {
			WebDriver page = browser.driver();
			browser.logIn(ops, PASSWORD);
			browser.go("/ops/returns");
			assertThat(page.getTitle()).isEqualTo("Kefu · Returns");
			new Select(page.findElement(By.cssSelector("#case-filter select"))).selectByValue("UNDER_REVIEW");
			page.findElement(By.cssSelector("#case-filter button")).click();
			By row = By.xpath("//tr[td[contains(., '" + shopper + "')]]");
			String rowText = browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
				WebElement found = driver.findElement(row);
				String text = found.getText();
				found.click();
				return text;
			});
			assertThat(rowText).contains("Under review").contains("Return").contains("CN¥159.00");
			browser.waiting()
				.until(ExpectedConditions.attributeToBe(By.id("case-title"), "data-state", "UNDER_REVIEW"));
			assertThat(visible(page, "#decide button")).containsExactly("Approve", "Reject");
			assertThat(visible(page, "#inspect button")).as("nothing to inspect before the parcel is back").isEmpty();
			assertThat(page.findElement(By.id("case-history")).getText()).contains("Opened")
				.contains("Changed mind (no reason)")
				.contains("Rules applied");
			StaffPageWords.assertSpeaksWords(browser, "the returns page in en");
			page.findElement(By.cssSelector("#decide input[name=reason]")).sendKeys("Unopened, fine to return");
			page.findElement(By.cssSelector("#decide button[value=APPROVE]")).click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no-actions")));
			assertThat(page.findElement(By.id("case-no-actions")).getText()).startsWith("Nothing for staff to do");
			assertThat(visible(page, "#decide button, #inspect button")).as("a decided case is not decided again")
				.isEmpty();
			StaffPageWords.assertSpeaksWords(browser, "the returns page in en, decided");
		}
	}

	@Test
	void insightsSpeakTraditionalChinese() throws Exception {
		String ops = TestStaff.newOps(this.port, "lang-insights-", PASSWORD);
		try (Browser browser = Browser.open(this.port, "zh-HK")) {
			WebDriver page = browser.driver();
			browser.logIn(ops, PASSWORD);
			browser.go("/ops/insights");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .chart")));
			assertThat(page.getTitle()).isEqualTo("客服 · 數據洞察");
			assertThat(browser.text()).contains("機器人獨立解決率", "依語言", "轉真人客服原因", "下載 CSV");
			assertThat(page.findElement(By.cssSelector("[data-series=Conversations] small")).getText())
				.as("the period in Taiwan's and Hong Kong's way of writing dates")
				.matches("\\d{4}/\\d{1,2}/\\d{1,2}至\\d{4}/\\d{1,2}/\\d{1,2}");
			StaffPageWords.assertSpeaksWords(browser, "insights in zh-Hant");
		}
	}

	@Test
	void shopSettingsSpeakSimplifiedChinese() throws Exception {
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			WebDriver page = browser.driver();
			// The shop's admin, whose language stays the browser's.
			browser.logIn("home-admin", "kefu-home-admin-demo");
			browser.go("/ops/shop");
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("version"), "第"));
			assertThat(page.getTitle()).isEqualTo("客服 · 店铺设置");
			assertThat(browser.text()).contains("店名和欢迎语", "时区、营业时间和节假日", "快捷回复", "保存");
			page.findElement(By.id("add-hours")).click();
			assertThat(page.findElement(By.cssSelector("#hours tbody tr:last-child")).getText()).contains("周一", "周日",
					"删除");
			StaffPageWords.assertSpeaksWords(browser, "shop settings in zh-Hans");
		}
	}

	@Test
	void everyStaffPageSwitchesThroughTheThreeLanguagesInPlace() throws Exception {
		String username = "lang-all-" + UUID.randomUUID().toString().substring(0, 8);
		HttpApi.Response created = new HttpApi(this.port).post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "roles": ["AGENT", "OPS"]}
				""".formatted(username, PASSWORD), basic("admin", "kefu-admin-demo"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		try (Browser browser = Browser.open(this.port, "en-US")) {
			browser.logIn(username, PASSWORD);
			browser.go("/ops/kb");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-language")));
			assertThat(browser.script("""
					const keys = (l) => Object.keys(STAFF_WORDS[l]).sort().join();
					const params = (l) => Object.keys(STAFF_WORDS.en).map((k) => (STAFF_WORDS[l][k] || '')
					  .match(/\\{\\w+\\}/g)?.sort().join() || '').join('|');
					return keys('zh-Hans') === keys('en') && keys('zh-Hant') === keys('en')
					  && params('zh-Hans') === params('en') && params('zh-Hant') === params('en');"""))
				.as("the three dictionaries hold the same keys with the same parameters")
				.isEqualTo(true);
			for (String name : List.of("console", "kb", "returns", "insights", "shop")) {
				browser.go(PAGES.get(name));
				browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-language")));
				browser.waiting().until((driver) -> !"".equals(browser.script("return document.title")));
				String before = browser.text();
				String title = browser.driver().getTitle();
				String was = String.valueOf(browser.script("return document.documentElement.lang"));
				for (String language : List.of("zh-Hans", "zh-Hant", "en")) {
					new Select(browser.driver().findElement(By.id("staff-language"))).selectByValue(language);
					browser.waiting()
						.until((driver) -> language.equals(browser.script("return document.documentElement.lang")));
					// Kept with the account before the next page asks for it.
					browser.waiting()
						.withTimeout(Duration.ofSeconds(10))
						.until((driver) -> language.equals(browser.script("return ops.me.language")));
					String now = StaffPageWords.assertSpeaksWords(browser, name + " in " + language);
					assertThat(now).as(name + " in " + language).isNotEqualTo(before);
					if (language.equals("en") || was.equals("en")) {
						assertThat(browser.driver().getTitle()).as(name + "'s title in " + language)
							.isNotEqualTo(title);
					}
					before = now;
					title = browser.driver().getTitle();
					was = language;
				}
			}
		}
	}

	@Test
	void theChosenLanguageFollowsTheStaffMemberToAnotherBrowser() throws Exception {
		String ops = TestStaff.newOps(this.port, "lang-follow-", PASSWORD);
		try (Browser first = Browser.open(this.port, "en-US")) {
			first.logIn(ops, PASSWORD);
			first.go("/ops/kb");
			first.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("staff-language")));
			assertThat(first.script("return document.documentElement.lang")).isEqualTo("en");
			new Select(first.driver().findElement(By.id("staff-language"))).selectByValue("zh-Hant");
			first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-bar"), "知識庫"));
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> new HttpApi(this.port).get("/api/staff/me/preferences", basic(ops, PASSWORD))
				.json()
				.at("/language")
				.asText(), "zh-Hant"::equals);
		try (Browser second = Browser.open(this.port, "en-US")) {
			WebDriver page = second.driver();
			second.logIn(ops, PASSWORD);
			second.go("/ops/returns");
			second.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#staff-bar a")));
			second.waiting().until((driver) -> "zh-Hant".equals(second.script("return document.documentElement.lang")));
			assertThat(page.getTitle()).isEqualTo("客服 · 退換貨");
			assertThat(page.findElements(By.cssSelector("#staff-bar a")).stream().map(WebElement::getText))
				.containsExactly("知識庫", "退換貨", "數據洞察", "店鋪設定");
			assertThat(new Select(page.findElement(By.id("staff-language"))).getFirstSelectedOption().getText())
				.isEqualTo("繁體中文");
			page.findElement(By.cssSelector("#staff-logout button")).click();
			second.waiting().until(ExpectedConditions.urlContains("/login?logout"));
			assertThat(page.findElement(By.tagName("h2")).getText()).as("the sign-in page in the chosen language")
				.isEqualTo("員工登入");
		}
	}

	private static List<String> visible(WebDriver page, String selector) {
		return page.findElements(By.cssSelector(selector))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList();
	}

}
